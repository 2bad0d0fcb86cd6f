import { memo, useMemo } from 'react';
import type { Chunk, Layout } from '../../engine/types';
import { formatBytes } from '../chunkMap/ticks';
import { UnitBar } from './UnitBar';
import { cpuRanges, type GroupInfo } from '../../model/unitGroups';

export interface GroupSummariesProps {
  groups: GroupInfo[];
  layout: Layout;
  chunk: Chunk;
  pageSize: number;
  mark: { offset: number; size: number } | null;
}

/** Too many units to draw one by one: counts per group, and one unit standing for all. Memoised. */
export const GroupSummaries = memo(function GroupSummaries({
  groups,
  layout,
  chunk,
  pageSize,
  mark,
}: GroupSummariesProps) {
  // Thousands of CPUs per group: their ranges are worded once per layout, not per step.
  const ranges = useMemo(() => groups.map((g) => cpuRanges(g.cpus)), [groups]);
  return (
    <>
      <table className="data-table ul-summary" aria-label="Units per group">
        <thead>
          <tr>
            <th scope="col">group</th>
            <th scope="col">base offset</th>
            <th scope="col">units</th>
            <th scope="col">allocations</th>
            <th scope="col">CPUs</th>
            <th scope="col">empty units</th>
            {mark ? <th scope="col">selection in its units</th> : null}
          </tr>
        </thead>
        <tbody>
          {groups.map((g, k) => {
            const first = g.allocations[0]?.units[0];
            const lastAlloc = g.allocations[g.allocations.length - 1];
            const last = lastAlloc?.units[lastAlloc.units.length - 1];
            return (
              <tr key={g.group} data-testid="unit-group-summary" data-group={g.group}>
                <td>{g.group}</td>
                <td>{g.baseOffset}</td>
                <td>{g.nrUnits}</td>
                <td>
                  {g.allocations.length} × {layout.upa} units
                </td>
                <td>
                  {g.cpus.length}: {ranges[k]}
                </td>
                <td>{g.emptyUnits}</td>
                {mark && first && last ? (
                  <td>
                    c{chunk.id}:u{first.unit} @ {first.offset + mark.offset} … c{chunk.id}:u{last.unit} @{' '}
                    {last.offset + mark.offset}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="ul-selection">Every unit with a CPU looks like this one ({formatBytes(layout.unitSize)} each):</p>
      <UnitBar layout={layout} chunk={chunk} pageSize={pageSize} empty={false} mark={mark} />
    </>
  );
});
