import { memo, useId, type KeyboardEvent } from 'react';
import { CELL_ALLOCATED, CELL_FREED, CELL_GROWN, CELL_INSERTED, CELL_SLID, type MapArray } from '../../model/mapArray';
import { areaPaint } from '../colors/areaPaint';
import { AreaPatterns, svgIdPrefix } from '../colors/AreaPatterns';
import { CELL_BY_CELL_MAX, cellAt, cellLayout, cellPosition } from './cellLayout';
import { describeCell } from '../../model/mapArrayText';

export interface MapArraySvgProps {
  array: MapArray;
  width: number;
  ordinalOf: (op: number) => number;
  /** The entry highlighted from the area map (or by the keyboard cursor here). */
  linkedIndex?: number | null;
  onHoverEntry?: (index: number | null) => void;
  onKeyDown?: (event: KeyboardEvent<SVGSVGElement>) => void;
  /** Stable SVG ids for snapshots (React ids differ between renderers). */
  idPrefix?: string;
}

const MARK_CLASS: Record<number, string> = {
  [CELL_ALLOCATED]: 'ma-allocated',
  [CELL_INSERTED]: 'ma-inserted',
  [CELL_SLID]: 'ma-slid',
  [CELL_FREED]: 'ma-freed',
  [CELL_GROWN]: 'ma-grown',
};

/**
 * chunk->map as the kernel holds it: map_alloc cells in array order, the used ones with their
 * signed value in their area's colour, the unused ones empty, and the early-slot limit marked.
 * An accessible list with one item per entry of map_alloc.
 */
export const MapArraySvg = memo(function MapArraySvg(props: MapArraySvgProps) {
  const { array, width, ordinalOf, linkedIndex, onHoverEntry } = props;
  const reactId = useId();
  const prefix = props.idPrefix ?? svgIdPrefix(reactId, `ma${array.chunk}`);
  const layout = cellLayout(array.capacity, width);
  const { cellWidth: w, cellHeight: h } = layout;
  const aggregateTail = array.capacity > CELL_BY_CELL_MAX;
  const drawn = aggregateTail ? array.used : array.capacity;
  const items = [];
  for (let i = 0; i < drawn; i++) {
    const { x, y } = cellPosition(layout, i);
    const used = i < array.used;
    const paint = used ? areaPaint(array.owners[i]!, ordinalOf, prefix) : null;
    const mark = MARK_CLASS[array.marks[i] ?? 0];
    const fillClass = paint ? paint.className : 'ma-unused';
    const fill = paint?.fill ? { fill: paint.fill } : undefined;
    if (!layout.labelled) {
      // Thousands of cells: one rect each, the list item itself (half the nodes of a group).
      items.push(
        <rect
          key={i}
          role="listitem"
          aria-label={describeCell(array, i)}
          className={mark ? `ma-cell ${fillClass} ${mark}` : `ma-cell ${fillClass}`}
          x={x}
          y={y}
          width={w}
          height={h}
          style={fill}
        />,
      );
      continue;
    }
    items.push(
      <g key={i} role="listitem" aria-label={describeCell(array, i)} className={mark ? `ma-cell ${mark}` : 'ma-cell'}>
        <rect x={x} y={y} width={w} height={h} className={fillClass} style={fill} />
        {used ? (
          <text
            x={x + w / 2}
            y={y + h / 2 + 4}
            className={array.values[i]! < 0 ? 'ma-value ma-value-used' : 'ma-value'}
          >
            {array.values[i]}
          </text>
        ) : null}
      </g>,
    );
  }
  if (aggregateTail && array.used < array.capacity) {
    const { x, y } = cellPosition(layout, array.used);
    items.push(
      <g
        key="tail"
        role="listitem"
        aria-label={`entries ${array.used}–${array.capacity - 1}: unused (${array.capacity - array.used} entries)`}
      >
        <rect x={x} y={y} width={Math.max(w, width - x - 2)} height={h} className="ma-unused" />
      </g>,
    );
  }
  const rowLabels = [];
  for (let r = 0; r < layout.rows; r++) {
    rowLabels.push(
      <text key={r} x={layout.gutter - 4} y={2 + r * (h + layout.gap) + h / 2 + 4} className="ma-row-index">
        {r * layout.perRow}
      </text>,
    );
  }
  const boundary = array.earlyBoundary !== null && array.earlyBoundary <= array.capacity ? array.earlyBoundary : null;
  const boundaryAt = boundary !== null ? cellPosition(layout, Math.max(0, boundary - 1)) : null;
  const linked =
    linkedIndex !== null && linkedIndex !== undefined && linkedIndex < array.used
      ? cellPosition(layout, linkedIndex)
      : null;
  const name = `Map entries of chunk ${array.chunk}`;
  return (
    <svg
      className="ma-svg"
      width={width}
      height={layout.height}
      role="list"
      aria-label={name}
      tabIndex={props.onKeyDown ? 0 : undefined}
      onKeyDown={props.onKeyDown}
      onPointerMove={
        onHoverEntry
          ? (e) => {
              const box = e.currentTarget.getBoundingClientRect();
              const at = cellAt(layout, e.clientX - box.left, e.clientY - box.top);
              const i = at !== null && at < array.used ? at : null;
              // Tell the store only when the entry under the pointer changes.
              if (i !== (linkedIndex ?? null)) onHoverEntry(i);
            }
          : undefined
      }
      onPointerLeave={onHoverEntry ? () => onHoverEntry(null) : undefined}
      data-capacity={array.capacity}
      data-used={array.used}
      // Where a moved entry was one step ago, for the slide-in transition (mapArray.css).
      style={{ ['--ma-shift' as string]: `${-array.shift * (w + layout.gap)}px` }}
    >
      <AreaPatterns prefix={prefix} />
      <g aria-hidden="true">{rowLabels}</g>
      {items}
      {boundaryAt ? (
        <g aria-hidden="true" data-testid="early-boundary">
          <line
            className="ma-boundary"
            x1={boundaryAt.x + w + layout.gap / 2}
            x2={boundaryAt.x + w + layout.gap / 2}
            y1={boundaryAt.y - 1}
            y2={boundaryAt.y + h + 1}
          />
          <text className="ma-boundary-label" x={boundaryAt.x + w + layout.gap / 2 + 3} y={boundaryAt.y + h / 2 + 4}>
            ← early slots: {boundary}
          </text>
        </g>
      ) : null}
      {linked ? (
        <rect
          aria-hidden="true"
          data-testid="linked-entry"
          className="ma-linked"
          x={linked.x - 1.5}
          y={linked.y - 1.5}
          width={w + 3}
          height={h + 3}
        />
      ) : null}
    </svg>
  );
});
