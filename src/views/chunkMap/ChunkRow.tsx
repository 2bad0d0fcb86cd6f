import { memo, type KeyboardEvent } from 'react';
import type { Chunk, EngineState } from '../../engine/types';
import type { PixelView } from './aggregate';
import { ChunkAreaMap, type HoverTarget } from './ChunkAreaMap';
import { chunkSummary, ROLE_TEXT } from './describe';
import { largestFree, type ChunkGeometry } from './geometry';
import { MapGauge } from './MapGauge';
import { chunkSlot, listedSlot } from '../../model/chunkFacts';

export interface ChunkRowProps {
  state: EngineState;
  chunk: Chunk;
  width: number;
  view: PixelView;
  ordinalOf: (op: number) => number;
  selectedOffset: number | null;
  latestOffset: number | null;
  activeIndex: number | null;
  /** Map index highlighted from the map-array view. */
  linkedIndex?: number | null;
  /** Created by the current step (it fades in when motion is on). */
  arriving?: boolean;
  /** The next alloc op would look at this chunk first. */
  triedNext: boolean;
  tooltipId: string;
  onHover: (
    chunk: number,
    target: HoverTarget | null,
    geometry: ChunkGeometry,
    clientX: number,
    clientY: number,
  ) => void;
  onActivate: (chunk: number, target: HoverTarget, geometry: ChunkGeometry) => void;
  onKeyDown: (chunk: number, event: KeyboardEvent<SVGSVGElement>, geometry: ChunkGeometry) => void;
  /** Whether its map's keys include zooming (Explore's do, Compare's do not); announced either way. */
  zoomKeys?: boolean;
}

/** One live chunk: its numbers, its map-slot gauge and its area map. */
export const ChunkRow = memo(function ChunkRow(props: ChunkRowProps) {
  const { state, chunk } = props;
  const slot = chunkSlot(state, chunk);
  const listed = listedSlot(state, chunk.id) >= 0;
  const hole = largestFree(chunk);
  const stale = hole !== null ? chunk.contigHint > hole.size : chunk.contigHint > 0;
  const earlyLimit = state.config.earlyAlloc && chunk.role !== 'dynamic' ? state.config.earlySlots : null;
  const id = chunk.id;
  return (
    <li
      className={props.arriving ? 'cm-row cm-row-new' : 'cm-row'}
      aria-label={chunkSummary(state, chunk)}
      data-testid="chunk-row"
      data-chunk-id={id}
    >
      <div className="cm-row-head">
        <span className="cm-row-name">
          <strong>chunk {id}</strong> {ROLE_TEXT[chunk.role]}
        </span>
        <span>
          slot {slot}
          {listed ? '' : ' (on no list)'}
        </span>
        <span>{chunk.freeSize} B free</span>
        <span className={stale ? 'cm-stale' : undefined}>
          contig {chunk.contigHint}
          {stale ? ` (stale: largest hole ${hole?.size ?? 0})` : ''}
        </span>
        {props.triedNext ? (
          <span className="cm-next" data-testid="chunk-tried-next">
            next alloc looks here first
          </span>
        ) : null}
        <MapGauge
          chunk={chunk}
          earlyLimit={earlyLimit}
          slabAvailable={state.slabAvailable}
          earlyAlloc={state.config.earlyAlloc}
        />
      </div>
      <ChunkAreaMap
        chunk={chunk}
        layout={state.layout}
        width={props.width}
        view={props.view}
        ordinalOf={props.ordinalOf}
        selectedOffset={props.selectedOffset}
        latestOffset={props.latestOffset}
        activeIndex={props.activeIndex}
        linkedIndex={props.linkedIndex}
        title={`Area map of chunk ${id} over offsets 0–${state.layout.unitSize - 1}: arrow keys move between areas, Enter selects${props.zoomKeys === false ? '' : ', z zooms to the area, + and − zoom'}`}
        describedBy={props.activeIndex !== null ? props.tooltipId : undefined}
        onHover={(target, geometry, x, y) => props.onHover(id, target, geometry, x, y)}
        onActivate={(target, geometry) => props.onActivate(id, target, geometry)}
        onKeyDown={(event, geometry) => props.onKeyDown(id, event, geometry)}
      />
    </li>
  );
});
