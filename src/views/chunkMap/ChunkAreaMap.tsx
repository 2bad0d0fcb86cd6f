import { memo, useId, useMemo, type KeyboardEvent } from 'react';
import type { Chunk, Layout } from '../../engine/types';
import { areaPaint } from '../colors/areaPaint';
import { AreaPatterns, svgIdPrefix } from '../colors/AreaPatterns';
import { aggregateAreas, type PixelView, type Segment } from './aggregate';
import { batchPaths } from './batchPaths';
import { areaStartingAt, chunkGeometry, largestFree, type ChunkGeometry } from './geometry';
import './chunkMap.css';

export const BAR_HEIGHT = 26;
const HINT_Y = BAR_HEIGHT + 5;
const SVG_HEIGHT = BAR_HEIGHT + 10;
/** Areas narrower than this many pixels are merged into summaries. */
export const MIN_AREA_PX = 1;
/** Areas at least this wide get an edge line, so equal neighbours stay apart. */
const EDGE_FROM_PX = 4;

export type HoverTarget =
  { kind: 'area'; index: number } | { kind: 'summary'; segment: Extract<Segment, { kind: 'summary' }> };

export interface ChunkAreaMapProps {
  chunk: Chunk;
  layout: Layout;
  /** Drawing width in pixels. */
  width: number;
  /** Offset→pixel mapping; defaults to the whole unit over the width. */
  view?: PixelView;
  /** Colour rank of an alloc op index (see allocOrdinals). */
  ordinalOf: (op: number) => number;
  /** Start offset of the selected allocation when it lives in this chunk. */
  selectedOffset?: number | null;
  /** Start offset of the allocation the current step made in this chunk. */
  latestOffset?: number | null;
  /** Geometry index of the keyboard cursor. */
  activeIndex?: number | null;
  /** Map index highlighted from the map-array view. */
  linkedIndex?: number | null;
  title?: string;
  onHover?: (target: HoverTarget | null, geometry: ChunkGeometry, clientX: number, clientY: number) => void;
  onActivate?: (target: HoverTarget, geometry: ChunkGeometry) => void;
  onKeyDown?: (event: KeyboardEvent<SVGSVGElement>, geometry: ChunkGeometry) => void;
  describedBy?: string;
}

/** The segment under pixel x (segments are sorted and do not overlap). */
function segmentAt(segments: Segment[], x: number): Segment | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (x < s.x0) hi = mid - 1;
    else if (x >= Math.max(s.x1, s.x0 + MIN_AREA_PX)) lo = mid + 1;
    else return s;
  }
  return null;
}

const clampX = (x: number, width: number) => Math.max(-2, Math.min(width + 2, x));

/**
 * One chunk's area map over the unit-offset axis, independent of the store so it can be
 * rendered and tested on its own. Drawing cost follows the pixel
 * width: narrow neighbours are merged by aggregateAreas.
 */
export const ChunkAreaMap = memo(function ChunkAreaMap(props: ChunkAreaMapProps) {
  const { chunk, layout, width, ordinalOf, selectedOffset, latestOffset, activeIndex, onHover, onActivate, onKeyDown } =
    props;
  const prefix = svgIdPrefix(useId(), `cm${chunk.id}`);
  const geometry = useMemo(() => chunkGeometry(chunk, layout), [chunk, layout]);
  const view = useMemo<PixelView>(
    () => props.view ?? { pxPerByte: width / layout.unitSize, originPx: 0, left: 0, right: width },
    [props.view, width, layout.unitSize],
  );
  const segments = useMemo(() => aggregateAreas(geometry, view, MIN_AREA_PX), [geometry, view]);
  const batches = useMemo(
    () =>
      batchPaths(
        segments,
        (i) => areaPaint(geometry.owners[i]!, ordinalOf, prefix),
        width,
        BAR_HEIGHT,
        MIN_AREA_PX,
        EDGE_FROM_PX,
      ),
    [segments, geometry, ordinalOf, prefix, width],
  );
  const x = (offset: number) => offset * view.pxPerByte + view.originPx;

  const marker = (offset: number | null | undefined, className: string, testId: string) => {
    if (offset === null || offset === undefined) return null;
    const i = areaStartingAt(geometry, offset);
    if (i < 0) return null;
    return areaOutline(i, className, testId);
  };
  const areaOutline = (i: number, className: string, testId: string) => {
    const x0 = clampX(x(geometry.starts[i]!), width);
    const x1 = clampX(x(geometry.starts[i]! + geometry.sizes[i]!), width);
    const w = Math.max(3, x1 - x0);
    return (
      <rect
        className={className}
        data-testid={testId}
        data-offset={geometry.starts[i]}
        x={x1 - x0 < 3 ? x0 - (3 - (x1 - x0)) / 2 : x0}
        y={1}
        width={w}
        height={BAR_HEIGHT - 2}
      />
    );
  };

  const hint = useMemo(() => largestFree(chunk), [chunk]);

  const targetAt = (svg: SVGSVGElement, clientX: number): HoverTarget | null => {
    const s = segmentAt(segments, clientX - svg.getBoundingClientRect().left);
    if (!s) return null;
    return s.kind === 'area' ? { kind: 'area', index: s.index } : { kind: 'summary', segment: s };
  };

  return (
    <svg
      className="cm-bar"
      width={width}
      height={SVG_HEIGHT}
      role="group"
      aria-roledescription="area map"
      aria-label={props.title ?? `Area map of chunk ${chunk.id}`}
      aria-describedby={props.describedBy}
      tabIndex={onKeyDown ? 0 : undefined}
      onPointerMove={
        onHover ? (e) => onHover(targetAt(e.currentTarget, e.clientX), geometry, e.clientX, e.clientY) : undefined
      }
      onPointerLeave={onHover ? (e) => onHover(null, geometry, e.clientX, e.clientY) : undefined}
      onClick={
        onActivate
          ? (e) => {
              const t = targetAt(e.currentTarget, e.clientX);
              if (t) onActivate(t, geometry);
            }
          : undefined
      }
      onKeyDown={onKeyDown ? (e) => onKeyDown(e, geometry) : undefined}
    >
      <title>{props.title ?? `Area map of chunk ${chunk.id}`}</title>
      <AreaPatterns prefix={prefix} />
      <g aria-hidden="true" data-testid="area-paths">
        {batches.map((b) => (
          <path
            key={b.key}
            className={b.className}
            d={b.d}
            style={b.fill || b.fillOpacity !== undefined ? { fill: b.fill, fillOpacity: b.fillOpacity } : undefined}
          />
        ))}
      </g>
      <g aria-hidden="true">
        {hint && chunk.contigHint > 0 ? (
          <HintMarker
            x0={x(hint.start)}
            xFit={x(hint.start + Math.min(hint.size, chunk.contigHint))}
            xHint={x(hint.start + chunk.contigHint)}
            width={width}
          />
        ) : null}
        {marker(latestOffset, 'cm-latest', 'latest-area')}
        {marker(selectedOffset, 'cm-selected-halo', 'selected-area-halo')}
        {marker(selectedOffset, 'cm-selected', 'selected-area')}
        {activeIndex !== null && activeIndex !== undefined && activeIndex < geometry.starts.length
          ? areaOutline(activeIndex, 'cm-active', 'active-area')
          : null}
        {props.linkedIndex !== null && props.linkedIndex !== undefined && props.linkedIndex < geometry.mapUsed
          ? areaOutline(props.linkedIndex, 'cm-linked', 'linked-area')
          : null}
      </g>
    </svg>
  );
});

/** The contig hint as a bracket under the largest hole; the stale excess (hint > hole) dashed. */
function HintMarker({ x0, xFit, xHint, width }: { x0: number; xFit: number; xHint: number; width: number }) {
  const a = clampX(x0, width);
  const b = clampX(xFit, width);
  const c = clampX(xHint, width);
  return (
    <g data-testid="contig-hint">
      <line className="cm-hint" x1={a} x2={Math.max(a + 1, b)} y1={HINT_Y} y2={HINT_Y} />
      <line className="cm-hint" x1={a} x2={a} y1={HINT_Y - 3} y2={HINT_Y + 3} />
      {c > b + 0.5 ? <line className="cm-hint-stale" x1={b} x2={c} y1={HINT_Y} y2={HINT_Y} /> : null}
      <line className={c > b + 0.5 ? 'cm-hint-stale' : 'cm-hint'} x1={c} x2={c} y1={HINT_Y - 3} y2={HINT_Y + 3} />
    </g>
  );
}
