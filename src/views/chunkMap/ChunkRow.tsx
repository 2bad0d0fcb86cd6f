import { memo, useCallback, useState, type KeyboardEvent } from 'react';
import type { Chunk, Config, EngineState, Layout } from '../../engine/types';
import type { PixelView } from './aggregate';
import { ChunkAreaMap, type ChunkAreaMapProps, type HoverTarget } from './ChunkAreaMap';

type ChunkAreaMapHandlers = Pick<ChunkAreaMapProps, 'onHover' | 'onActivate' | 'onKeyDown'>;
import { chunkSummary, ROLE_TEXT } from './describe';
import { largestFree, type ChunkGeometry } from './geometry';
import { MapGauge } from './MapGauge';
import { chunkSlot, listedSlot } from '../../model/chunkFacts';
import { Term } from '../glossary/Term';
import { MergeOverlay } from './MergeOverlay';
import { populatedPages } from './populatedPages';
import type { MergeMotion } from './stepMotion';
import { useNearViewport } from '../shared/useNearViewport';

/**
 * What a row reads of the whole state, as plain values: a row is memoised, and a step that
 * leaves its chunk alone leaves all of these equal too, so the row is not drawn again.
 */
export interface ChunkRowFacts {
  layout: Layout;
  config: Config;
  slabAvailable: boolean;
  slot: number;
  /** On a slot list (the reserved chunk never is). */
  listed: boolean;
  /** The row's accessible name (chunkSummary). */
  summary: string;
}

export function chunkRowFacts(state: EngineState, chunk: Chunk): ChunkRowFacts {
  return {
    layout: state.layout,
    config: state.config,
    slabAvailable: state.slabAvailable,
    slot: chunkSlot(state, chunk),
    listed: listedSlot(state, chunk.id) >= 0,
    summary: chunkSummary(state, chunk),
  };
}

export interface ChunkRowProps extends ChunkRowFacts {
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
  /** A merge this step made in this chunk: its gap closes in a transition over the (final) map. */
  merge?: MergeMotion | null;
  /** The step of that merge, so the next merge starts its transition afresh. */
  mergeStep?: number;
}

/**
 * One live chunk: its numbers, its map-slot gauge and its area map. The kernel words in its
 * head (the chunk's role, slot, contig hint, populated pages) are glossary terms, defined on
 * hover and focus.
 */
export const ChunkRow = memo(function ChunkRow(props: ChunkRowProps) {
  const { chunk, layout, config, slot, listed, merge, onHover, onActivate, onKeyDown } = props;
  // A row far off screen keeps the zoom it was drawn at: a zoom or pan redraws only the rows in
  // sight (and a screen around them), and a row coming near is redrawn before it shows.
  const [element, setElement] = useState<HTMLLIElement | null>(null);
  const near = useNearViewport(element);
  const [drawnView, setDrawnView] = useState(props.view);
  if (near && drawnView !== props.view) setDrawnView(props.view);
  const view = near ? props.view : drawnView;
  const hole = largestFree(chunk);
  const stale = hole !== null ? chunk.contigHint > hole.size : chunk.contigHint > 0;
  const earlyLimit = config.earlyAlloc && chunk.role !== 'dynamic' ? config.earlySlots : null;
  const id = chunk.id;
  const hover = useCallback<NonNullable<ChunkAreaMapHandlers['onHover']>>(
    (target, geometry, x, y) => onHover(id, target, geometry, x, y),
    [onHover, id],
  );
  const activate = useCallback<NonNullable<ChunkAreaMapHandlers['onActivate']>>(
    (target, geometry) => onActivate(id, target, geometry),
    [onActivate, id],
  );
  const keyDown = useCallback<NonNullable<ChunkAreaMapHandlers['onKeyDown']>>(
    (event, geometry) => onKeyDown(id, event, geometry),
    [onKeyDown, id],
  );
  // First-chunk structures are never populated or depopulated: only a created chunk says it.
  const pages = chunk.immutable ? null : populatedPages(chunk.populated, layout.unitSize, config.pageSize);
  return (
    <li
      ref={setElement}
      className={props.arriving ? 'cm-row cm-row-new' : 'cm-row'}
      aria-label={props.summary}
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
          slabAvailable={props.slabAvailable}
          earlyAlloc={config.earlyAlloc}
        />
      </div>
      <div className="cm-bar-wrap">
        <ChunkAreaMap
          chunk={chunk}
          layout={layout}
          width={props.width}
          view={view}
          ordinalOf={props.ordinalOf}
          selectedOffset={props.selectedOffset}
          latestOffset={props.latestOffset}
          activeIndex={props.activeIndex}
          linkedIndex={props.linkedIndex}
          title={`Area map of chunk ${id} over offsets 0–${layout.unitSize - 1}: arrow keys move between areas, Enter selects${props.zoomKeys === false ? '' : ', z zooms to the area, + and − zoom'}`}
          describedBy={props.activeIndex !== null ? props.tooltipId : undefined}
          onHover={hover}
          onActivate={activate}
          onKeyDown={keyDown}
        />
        {merge ? <MergeOverlay key={props.mergeStep} merge={merge} view={view} width={props.width} /> : null}
      </div>
    </li>
  );
});
