import { memo, type KeyboardEvent } from 'react';
import type { Chunk, EngineState } from '../../engine/types';
import type { PixelView } from './aggregate';
import { ChunkAreaMap, type HoverTarget } from './ChunkAreaMap';
import { chunkSummary, ROLE_TEXT } from './describe';
import { largestFree, type ChunkGeometry } from './geometry';
import { MapGauge } from './MapGauge';
import { chunkSlot, listedSlot } from '../../model/chunkFacts';
import { Term } from '../glossary/Term';
import { useExplorer } from '../storeContext';
import { selectEvents, selectStep } from '../../store/selectors';
import { MergeOverlay } from './MergeOverlay';
import { populatedPages } from './populatedPages';
import { mergesOf } from './stepMotion';

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

/**
 * One live chunk: its numbers, its map-slot gauge and its area map. The kernel words in its
 * head (the chunk's role, slot, contig hint, populated pages) are glossary terms, defined on
 * hover and focus.
 */
export const ChunkRow = memo(function ChunkRow(props: ChunkRowProps) {
  const { state, chunk } = props;
  const slot = chunkSlot(state, chunk);
  const listed = listedSlot(state, chunk.id) >= 0;
  const hole = largestFree(chunk);
  const stale = hole !== null ? chunk.contigHint > hole.size : chunk.contigHint > 0;
  const earlyLimit = state.config.earlyAlloc && chunk.role !== 'dynamic' ? state.config.earlySlots : null;
  const id = chunk.id;
  // First-chunk structures are never populated or depopulated: only a created chunk says it.
  const pages = chunk.immutable ? null : populatedPages(chunk.populated, state.layout.unitSize, state.config.pageSize);
  // A merge this step closes its gap in a transition over the (already final) map.
  const events = useExplorer(selectEvents);
  const step = useExplorer(selectStep);
  const merge = mergesOf(events).find((m) => m.chunk === id);
  return (
    <li
      className={props.arriving ? 'cm-row cm-row-new' : 'cm-row'}
      aria-label={chunkSummary(state, chunk)}
      data-testid="chunk-row"
      data-chunk-id={id}
    >
      <div className="cm-row-head">
        <span className="cm-row-name">
          <strong>chunk {id}</strong> <Term name={ROLE_TEXT[chunk.role]}>{ROLE_TEXT[chunk.role]}</Term>
        </span>
        <span>
          <Term name="slot">slot</Term> {slot}
          {listed ? '' : ' (on no list)'}
        </span>
        <span>{chunk.freeSize} B free</span>
        <span className={stale ? 'cm-stale' : undefined}>
          <Term name="contig-hint">contig</Term> {chunk.contigHint}
          {stale ? (
            <>
              {' ('}
              <Term name="stale-hint">stale</Term>: largest hole {hole?.size ?? 0})
            </>
          ) : null}
        </span>
        {pages ? (
          <span data-testid="chunk-populated">
            {pages.n}/{pages.of} <Term name="populated-page">pages populated</Term>
          </span>
        ) : null}
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
      <div className="cm-bar-wrap">
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
        {merge ? <MergeOverlay key={step} merge={merge} view={props.view} width={props.width} /> : null}
      </div>
    </li>
  );
});
