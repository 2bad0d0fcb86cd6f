import { memo } from 'react';
import type { Chunk } from '../../engine/types';
import type { UnitInfo } from '../../model/unitGroups';

export interface UnitCellProps {
  unit: UnitInfo;
  chunk: Chunk;
  mark: { offset: number; size: number } | null;
}

/**
 * One unit as a small cell, for layouts with too many units for full cards: its number and
 * CPU, outlined when it holds the selection. The full description is its accessible name.
 * Memoised, like UnitCard.
 */
export const UnitCell = memo(function UnitCell({ unit, chunk, mark }: UnitCellProps) {
  const empty = unit.cpu === null;
  const hit = mark !== null && !empty;
  const label =
    `unit ${unit.unit}, ${empty ? 'no CPU' : `CPU ${unit.cpu}`}, offset ${unit.offset}` +
    (hit ? `, selection at c${chunk.id}:u${unit.unit} @ ${unit.offset + mark.offset}` : '');
  const className = ['ul-cell', empty ? 'ul-unit-empty' : '', hit ? 'ul-cell-hit' : ''].filter(Boolean).join(' ');
  return (
    <li
      className={className}
      aria-label={label}
      title={label}
      data-testid="unit"
      data-unit={unit.unit}
      data-cpu={unit.cpu ?? ''}
    >
      <strong>u{unit.unit}</strong>
      <span>{empty ? '–' : `c${unit.cpu}`}</span>
    </li>
  );
});
