import { memo, useId } from 'react';
import type { Chunk, Layout } from '../../engine/types';
import { AreaPatterns, patternIds, svgIdPrefix } from '../colors/AreaPatterns';
import { firstChunkSpan } from '../chunkMap/geometry';

export const UNIT_BAR_WIDTH = 122;
const BAR_H = 12;
const POP_H = 4;

export interface UnitBarProps {
  layout: Layout;
  chunk: Chunk;
  pageSize: number;
  /** No CPU in this unit: nothing of it is backed. */
  empty: boolean;
  /** The selected allocation's [offset, offset + size) inside the unit, if in this chunk. */
  mark: { offset: number; size: number } | null;
}

/**
 * One unit of a chunk on its own offset axis: static / reserved / dynamic / returned tail for
 * the first chunk (a created chunk's unit is all dynamic), populated pages underneath, and
 * the selected allocation at its offset.
 */
export const UnitBar = memo(function UnitBar({ layout, chunk, pageSize, empty, mark }: UnitBarProps) {
  const prefix = svgIdPrefix(useId(), 'ub');
  const k = UNIT_BAR_WIDTH / layout.unitSize;
  const x = (offset: number) => offset * k;
  const unmapped = `url(#${patternIds.unmapped(prefix)})`;
  const S = layout.staticSize;
  const R = layout.reservedSize;
  const span = firstChunkSpan(layout);
  const bands: { from: number; to: number; className: string; fill?: string }[] = empty
    ? [{ from: 0, to: layout.unitSize, className: 'pal-unmapped-bg', fill: unmapped }]
    : chunk.role === 'dynamic'
      ? [{ from: 0, to: layout.unitSize, className: 'pal-free' }]
      : [
          { from: 0, to: S, className: 'pal-static' },
          { from: S, to: S + R, className: 'pal-reserved' },
          { from: S + R, to: span, className: 'pal-free' },
          { from: span, to: layout.unitSize, className: 'pal-unmapped-bg', fill: unmapped },
        ];
  const populated: [number, number][] = [];
  if (!empty) {
    for (let i = 0; i + 1 < chunk.populated.length; i += 2) {
      populated.push([chunk.populated[i]! * pageSize, chunk.populated[i + 1]! * pageSize]);
    }
  }
  return (
    <svg width={UNIT_BAR_WIDTH} height={BAR_H + POP_H + 2} aria-hidden="true">
      <AreaPatterns prefix={prefix} />
      {bands
        .filter((b) => b.to > b.from)
        .map((b) => (
          <rect
            key={b.from}
            className={b.className}
            style={b.fill ? { fill: b.fill } : undefined}
            x={x(b.from)}
            width={Math.max(0.5, x(b.to) - x(b.from))}
            height={BAR_H}
          />
        ))}
      {populated.map(([from, to]) => (
        <rect
          key={from}
          className="pal-populated"
          data-testid="populated-pages"
          x={x(from)}
          y={BAR_H + 2}
          width={Math.max(1, x(to) - x(from))}
          height={POP_H}
        />
      ))}
      {mark && !empty ? (
        <rect
          className="ul-marker-fill"
          x={Math.min(UNIT_BAR_WIDTH - 2, x(mark.offset))}
          y={0}
          width={Math.max(2, x(mark.size))}
          height={BAR_H}
        />
      ) : null}
    </svg>
  );
});
