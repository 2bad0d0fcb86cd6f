import { memo } from 'react';
import type { Chunk, Layout } from '../../engine/types';
import { formatBytes } from '../chunkMap/ticks';
import { UnitBar } from './UnitBar';
import type { UnitInfo } from '../../model/unitGroups';

export interface UnitCardProps {
  unit: UnitInfo;
  layout: Layout;
  chunk: Chunk;
  pageSize: number;
  mark: { offset: number; size: number } | null;
}

/**
 * One unit: its number, CPU (or none), offset from the chunk base, and the selection inside it.
 * Memoised: a step that leaves the chunk and the selection alone does not draw it again.
 */
export const UnitCard = memo(function UnitCard({ unit, layout, chunk, pageSize, mark }: UnitCardProps) {
  const empty = unit.cpu === null;
  const where = mark && !empty ? `c${chunk.id}:u${unit.unit} @ ${unit.offset + mark.offset}` : null;
  const label =
    `unit ${unit.unit}, ${empty ? 'no CPU' : `CPU ${unit.cpu}`}, offset ${unit.offset}` +
    (where ? `, selection at ${unit.offset + mark!.offset} (unit offset ${unit.offset} + ${mark!.offset})` : '');
  return (
    <li
      className={empty ? 'ul-unit ul-unit-empty' : 'ul-unit'}
      aria-label={label}
      data-testid="unit"
      data-unit={unit.unit}
      data-cpu={unit.cpu ?? ''}
    >
      <div className="ul-unit-head">
        <strong>u{unit.unit}</strong>
        <span>{empty ? 'no CPU' : `CPU ${unit.cpu}`}</span>
      </div>
      <div className="ul-unit-offset" title={`${unit.offset} bytes from the chunk base`}>
        @ {formatBytes(unit.offset)}
      </div>
      <UnitBar layout={layout} chunk={chunk} pageSize={pageSize} empty={empty} mark={mark} />
      {where ? (
        <div className="ul-unit-hit" data-testid="unit-selection">
          {where}
        </div>
      ) : null}
    </li>
  );
});
