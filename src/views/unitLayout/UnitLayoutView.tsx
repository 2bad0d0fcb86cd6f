import { useId, useMemo, useState } from 'react';
import { selectEngineState, selectSelectedAlloc } from '../../store/selectors';
import { areaSizeAt } from '../chunkMap/geometry';
import { selectOps } from '../chunkMap/selectors';
import { formatBytes } from '../chunkMap/ticks';
import { useExplorer } from '../storeContext';
import { GroupSummaries } from './GroupSummaries';
import { UnitBar } from './UnitBar';
import { UnitCard } from './UnitCard';
import { UnitCell } from './UnitCell';
import { MAX_DRAWN_UNITS, MAX_UNIT_CARDS, totalUnits, unitGroups } from '../../model/unitGroups';
import './unitLayout.css';

/**
 * View 2: the chunk as memory — groups, their atom-sized allocations, the units inside and the
 * CPU of each. The selected allocation sits at the same offset in every unit of its chunk.
 */
export function UnitLayoutView() {
  const state = useExplorer(selectEngineState);
  const selected = useExplorer(selectSelectedAlloc);
  const ops = useExplorer(selectOps);
  const layout = state?.layout;
  const groups = useMemo(() => (layout ? unitGroups(layout) : []), [layout]);
  const pickerId = useId();

  // A chunk picked by hand wins until the selection changes.
  const [pinned, setPinned] = useState<number | null>(null);
  const [seenSelection, setSeenSelection] = useState(selected);
  if (seenSelection !== selected) {
    setSeenSelection(selected);
    setPinned(null);
  }

  const live = state && selected !== null ? (state.live.get(selected) ?? null) : null;
  const isLive = (id: number | null) => id !== null && !!state?.chunks.some((c) => c.id === id);
  const chunkId = isLive(pinned) ? pinned! : (live?.chunk ?? state?.firstChunkId);
  const chunk = state ? (state.chunks.find((c) => c.id === chunkId) ?? state.chunks[0]) : undefined;
  const markOffset = chunk && live && live.chunk === chunk.id ? live.offset : null;
  const markSize = chunk && markOffset !== null ? areaSizeAt(chunk, markOffset) : 0;
  // One object while the selection's place stays: the memoised units below keep their drawing.
  const mark = useMemo(
    () => (markOffset !== null ? { offset: markOffset, size: markSize } : null),
    [markOffset, markSize],
  );

  if (!state || !layout) return <p className="placeholder">No units: the kernel did not boot.</p>;
  if (!chunk) return <p className="placeholder">No live chunk.</p>;

  const units = totalUnits(layout);
  const op = selected !== null ? ops[selected] : undefined;
  const label = op && op.op === 'alloc' && op.label ? op.label : null;
  const compact = units > MAX_UNIT_CARDS;

  return (
    <div className="ul">
      <div className="ul-controls">
        <label htmlFor={pickerId}>Chunk</label>
        <select id={pickerId} value={chunk.id} onChange={(e) => setPinned(Number(e.target.value))}>
          {state.chunks.map((c) => (
            <option key={c.id} value={c.id}>
              chunk {c.id} ({c.role})
            </option>
          ))}
        </select>
        <span>
          {units} units of {formatBytes(layout.unitSize)} in {layout.groups.length} group
          {layout.groups.length === 1 ? '' : 's'}, {layout.upa} per allocation of {formatBytes(layout.allocSize)}
        </span>
      </div>
      <p className="ul-selection" data-testid="unit-selection-summary">
        {selected === null ? (
          'Select an allocation in a chunk map to see it in every unit.'
        ) : live === null ? (
          `Op ${selected} has no live allocation at this step.`
        ) : live.chunk !== chunk.id ? (
          <>
            The selected allocation (op {selected}) is in chunk {live.chunk}.{' '}
            <button type="button" onClick={() => setPinned(live.chunk)}>
              Show chunk {live.chunk}
            </button>
          </>
        ) : (
          <>
            Op {selected}
            {label !== null ? <> “{label}”</> : null}: offset {live.offset}, {mark?.size ?? 0} bytes, at the same offset
            in every unit of chunk {chunk.id}.
          </>
        )}
      </p>
      {units > MAX_DRAWN_UNITS ? (
        <GroupSummaries groups={groups} layout={layout} chunk={chunk} pageSize={state.config.pageSize} mark={mark} />
      ) : (
        <>
          <ol className="ul-groups" aria-label={`Units of chunk ${chunk.id}`}>
            {groups.map((g) => (
              <li key={g.group} className="ul-group" data-testid="unit-group" data-group={g.group}>
                <div className="ul-group-head">
                  group {g.group} · base offset {g.baseOffset} · {g.nrUnits} units · CPUs {g.cpus.join(' ') || 'none'}
                  {g.emptyUnits > 0 ? ` · ${g.emptyUnits} empty` : ''}
                </div>
                <ol className="ul-allocs">
                  {g.allocations.map((a) => (
                    <li key={a.index} className="ul-alloc">
                      <div className="ul-alloc-head">allocation {a.index}</div>
                      <ol className={compact ? 'ul-units ul-units-compact' : 'ul-units'}>
                        {a.units.map((u) =>
                          compact ? (
                            <UnitCell key={u.unit} unit={u} chunk={chunk} mark={mark} />
                          ) : (
                            <UnitCard
                              key={u.unit}
                              unit={u}
                              layout={layout}
                              chunk={chunk}
                              pageSize={state.config.pageSize}
                              mark={mark}
                            />
                          ),
                        )}
                      </ol>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
          {compact ? (
            <div className="ul-representative">
              <p className="ul-selection">
                Every unit with a CPU looks like this one ({formatBytes(layout.unitSize)} each):
              </p>
              <UnitBar layout={layout} chunk={chunk} pageSize={state.config.pageSize} empty={false} mark={mark} />
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
