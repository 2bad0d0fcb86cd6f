import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { touchedRegion } from '../../model/touchedRegion';
import {
  selectEngineState,
  selectEvents,
  selectLinkedEntry,
  selectLinkEntry,
  selectOutcome,
  selectSelectedAlloc,
  selectStep,
} from '../../store/selectors';
import { allocOrdinals } from '../colors/palette';
import { Legend } from '../legend/Legend';
import { nextAllocTry } from '../../model/nextTry';
import { useExplorer } from '../storeContext';
import type { PixelView } from './aggregate';
import type { HoverTarget } from './ChunkAreaMap';
import { ChunkRow, chunkRowFacts } from './ChunkRow';
import { GoneRow } from './GoneRow';
import { describeArea, describeSummary, type AreaText } from './describe';
import { areaSizeAt, firstChunkSpan, type ChunkGeometry } from './geometry';
import { OffsetAxis } from './OffsetAxis';
import { latestAlloc, selectOps, selectSelect } from './selectors';
import { useElementWidth } from '../shared/useElementWidth';
import { chunkMapKeyHandler, type ChunkMapKeyHandler } from '../shared/chunkMapKeys';
import { useMotion } from '../shared/useMotion';
import { useOffsetZoom } from './useOffsetZoom';
import { useStoreZoom } from './useStoreZoom';
import { goneChunks, mergesOf, rowOrder } from './stepMotion';
import { useStableHandler } from '../shared/useStableHandler';
import { usePageClock } from '../pageClock';
import './chunkMap.css';

interface Tip {
  text: AreaText;
  left: number;
  top: number;
}

const TIP_WIDTH = 300;
/** Follow-the-action never frames fewer bytes than this, so a tiny area keeps its neighbours in view. */
const FOLLOW_MIN_BYTES = 1024;
/** How long the steps must pause before the window moves to the latest one. */
const FOLLOW_SETTLE_MS = 90;

/** View 1: every live chunk's area map on a shared, zoomable unit-offset axis. */
export function ChunkMaps() {
  const clock = usePageClock();
  const state = useExplorer(selectEngineState);
  const ops = useExplorer(selectOps);
  const step = useExplorer(selectStep);
  const selected = useExplorer(selectSelectedAlloc);
  const outcome = useExplorer(selectOutcome);
  const select = useExplorer(selectSelect);
  const events = useExplorer(selectEvents);
  const linked = useExplorer(selectLinkedEntry);
  const linkEntry = useExplorer(selectLinkEntry);
  const motion = useMotion();
  const [follow, setFollow] = useState(true);

  const container = useRef<HTMLDivElement>(null);
  const [rows, setRows] = useState<HTMLOListElement | null>(null);
  const width = useElementWidth(rows);
  const unitSize = state?.layout.unitSize ?? 0;
  const span = state ? firstChunkSpan(state.layout) : 0;
  // Follow-the-action opens on the first chunk's dynamic area, where the early story happens.
  const dynStart = state ? state.layout.staticSize + state.layout.reservedSize : 0;
  const initial = useMemo(
    () => (follow && span > dynStart ? ([dynStart, span] as const) : ([0, span] as const)),
    // The opening window is chosen once per boot; toggling follow later does not jump.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [span, dynStart],
  );
  const { transform, zoomBy, zoomTo, reset } = useOffsetZoom(rows, width, unitSize, initial);
  // A lecture stop's focus holds the window while it stands.
  const held = useStoreZoom(zoomTo, transform, width, unitSize);
  // Offsets map linearly onto the zoomed width: byte b sits at x + b · k · width / unitSize.
  const view = useMemo<PixelView>(
    () => ({ pxPerByte: (transform.k * width) / Math.max(1, unitSize) || 0, originPx: transform.x, left: 0, right: width }),
    [width, unitSize, transform],
  );

  const ordinals = useMemo(() => allocOrdinals(ops), [ops]);
  const ordinalOf = useCallback((op: number) => ordinals[op] ?? op, [ordinals]);
  const tooltipId = useId();
  const [tip, setTip] = useState<Tip | null>(null);
  const [active, setActive] = useState<{ chunk: number; index: number } | null>(null);

  const place = useCallback((text: AreaText, clientX: number, clientY: number): Tip => {
    const box = container.current?.getBoundingClientRect();
    const left = box ? Math.max(0, Math.min(clientX - box.left + 12, box.width - TIP_WIDTH)) : 0;
    const top = box ? clientY - box.top + 18 : 0;
    return { text, left, top };
  }, []);

  const textOf = useCallback(
    (target: HoverTarget, geometry: ChunkGeometry): AreaText | null => {
      if (!state) return null;
      return target.kind === 'area'
        ? describeArea(geometry, target.index, ops, state)
        : describeSummary(geometry, target.segment);
    },
    [ops, state],
  );

  // The row handlers keep one identity across steps (they read the latest state when called),
  // so a step redraws only the rows whose chunk changed.
  const onHover = useStableHandler(
    (chunk: number, target: HoverTarget | null, geometry: ChunkGeometry, clientX: number, clientY: number) => {
      const text = target ? textOf(target, geometry) : null;
      setTip(text ? place(text, clientX, clientY) : null);
      linkEntry(
        target && target.kind === 'area' && target.index < geometry.mapUsed ? { chunk, index: target.index } : null,
      );
    },
  );

  // Follow the action: after each step, bring the area it touched into view (when it is not
  // already comfortably on screen). The state is never delayed; only the window moves.
  const region = useMemo(() => (state ? touchedRegion(events, state) : null), [events, state]);
  useEffect(() => {
    if (!follow || held || !region || width <= 0 || unitSize <= 0 || step === 0) return;
    const pad = Math.max((region.end - region.start) / 2, (FOLLOW_MIN_BYTES - (region.end - region.start)) / 2, 0);
    const start = Math.max(0, region.start - pad);
    const end = Math.min(unitSize, region.end + pad);
    const x0 = region.start * view.pxPerByte + view.originPx;
    const x1 = region.end * view.pxPerByte + view.originPx;
    const visible = x0 >= 0 && x1 <= width && x1 - x0 >= 6 && (end - start) * view.pxPerByte <= width * 1.5;
    if (visible) return;
    // Held keys and fast playback step faster than this: the window waits until they pause,
    // so stepping never pays for a second redraw of every chunk.
    return clock.after(FOLLOW_SETTLE_MS, () => zoomTo(start, end, 0.8));
    // Only a new step moves the window, not a pan or zoom by hand.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [region, follow, held, width, unitSize, step]);

  const onActivate = useStableHandler((_chunk: number, target: HoverTarget, geometry: ChunkGeometry) => {
    if (target.kind === 'summary') {
      const { first, last } = target.segment;
      zoomTo(geometry.starts[first]!, geometry.starts[last]! + geometry.sizes[last]!);
      return;
    }
    const owner = geometry.owners[target.index]!;
    select(owner >= 0 ? owner : null);
  });

  // "+" zooms about what the reader is looking at: the selection, else the step's area.
  const selectedLive = selected !== null ? (state?.live.get(selected) ?? null) : null;
  const focusOffset =
    selectedLive !== null ? selectedLive.offset : region !== null ? (region.start + region.end) / 2 : undefined;

  // The handler is built when a key is pressed: its options read the zoom, which must not be read during render.
  const onKeyDown = useStableHandler<Parameters<ChunkMapKeyHandler>, ReturnType<ChunkMapKeyHandler>>(
    (chunkId, event, geometry) =>
      chunkMapKeyHandler({
        current: (chunk) => (active?.chunk === chunk ? active.index : -1),
        select,
        leave: () => {
          setActive(null);
          setTip(null);
        },
        more: (key, current, geometry) => {
          switch (key) {
            case '+':
            case '=':
              zoomBy(2, current >= 0 ? geometry.starts[current]! + geometry.sizes[current]! / 2 : focusOffset);
              return true;
            case '-':
              zoomBy(0.5);
              return true;
            case '0':
              reset();
              return true;
            case 'z':
              if (current >= 0) zoomTo(geometry.starts[current]!, geometry.starts[current]! + geometry.sizes[current]!);
              return true;
            default:
              return false;
          }
        },
        moveTo: (chunk, next, geometry, event) => {
          setActive({ chunk, index: next });
          const text = textOf({ kind: 'area', index: next }, geometry);
          const box = event.currentTarget.getBoundingClientRect();
          const mid = (geometry.starts[next]! + geometry.sizes[next]! / 2) * view.pxPerByte + view.originPx;
          if (text) setTip(place(text, box.left + Math.max(0, Math.min(width, mid)), box.bottom - 12));
        },
      })(chunkId, event, geometry),
  );

  if (!state) return <p className="placeholder">No chunks: the kernel did not boot (see the config).</p>;

  const selectedAt = selected !== null ? (state.live.get(selected) ?? null) : null;
  const latest = latestAlloc(outcome);
  const next = nextAllocTry(state, ops[step], step);
  const triedNext = next.kind === 'reserved' || next.kind === 'scan' ? next.chunk : null;
  const selectedFree = selected !== null && selectedAt === null;
  const merges = mergesOf(events);

  return (
    <div className="cm" ref={container} onBlur={() => setActive(null)} data-motion={motion ? 'on' : 'off'}>
      <Legend />
      <div className="cm-toolbar" role="toolbar" aria-label="Zoom the offset axis">
        <button type="button" onClick={() => zoomBy(2, focusOffset)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomBy(0.5)} aria-label="Zoom out" disabled={transform.k <= 1}>
          −
        </button>
        <button type="button" onClick={reset} disabled={transform.k <= 1}>
          Whole unit
        </button>
        {span < unitSize ? (
          <button type="button" onClick={() => zoomTo(0, span, 1)}>
            First chunk span
          </button>
        ) : null}
        {selectedAt ? (
          <button
            type="button"
            onClick={() => {
              const chunk = state.chunks.find((c) => c.id === selectedAt.chunk);
              const size = chunk ? areaSizeAt(chunk, selectedAt.offset) : 0;
              if (size > 0) zoomTo(selectedAt.offset, selectedAt.offset + size);
            }}
          >
            Zoom to selection
          </button>
        ) : null}
        <button type="button" aria-pressed={follow} onClick={() => setFollow((on) => !on)} data-testid="follow-toggle">
          Follow the action
        </button>
        <span className="cm-zoom-readout">
          ×{transform.k < 10 ? transform.k.toFixed(1) : Math.round(transform.k)} · drag to pan, Ctrl+wheel or pinch to
          zoom
        </span>
      </div>
      {selectedFree ? (
        <p className="cm-note" role="status">
          Op {selected} has no live allocation at this step.
        </p>
      ) : null}
      <OffsetAxis width={width} view={view} unitSize={unitSize} />
      <ol className="cm-rows" ref={setRows} aria-label="Live chunks">
        {width > 0
          ? rowOrder(
              state.chunks.map((c) => c.id),
              goneChunks(events),
            ).map(({ id, gone }) => {
              // A chunk this step destroyed folds away where it stood (transitions only).
              if (gone) return <GoneRow key={`gone-${step}-${id}`} id={id} />;
              const chunk = state.chunks.find((c) => c.id === id)!;
              const merge = merges.find((m) => m.chunk === id) ?? null;
              return (
                <ChunkRow
                  key={chunk.id}
                  {...chunkRowFacts(state, chunk)}
                  chunk={chunk}
                  width={width}
                  view={view}
                  ordinalOf={ordinalOf}
                  selectedOffset={selectedAt && selectedAt.chunk === chunk.id ? selectedAt.offset : null}
                  latestOffset={latest && latest.chunk === chunk.id ? latest.offset : null}
                  activeIndex={active && active.chunk === chunk.id ? active.index : null}
                  linkedIndex={linked && linked.chunk === chunk.id ? linked.index : null}
                  arriving={events.some((e) => e.kind === 'chunk-created' && e.chunk === chunk.id)}
                  triedNext={triedNext === chunk.id}
                  tooltipId={tooltipId}
                  onHover={onHover}
                  onActivate={onActivate}
                  onKeyDown={onKeyDown}
                  merge={merge}
                  mergeStep={merge ? step : undefined}
                />
              );
            })
          : null}
      </ol>
      <div
        id={tooltipId}
        role="tooltip"
        className="cm-tooltip"
        hidden={!tip}
        style={tip ? { left: tip.left, top: tip.top, maxWidth: TIP_WIDTH } : undefined}
        data-testid="area-tooltip"
      >
        {tip ? (
          <>
            <span className="cm-tooltip-title">{tip.text.title}</span>
            {tip.text.label !== null ? <span className="cm-tooltip-label">“{tip.text.label}”</span> : null}
            <span className="cm-tooltip-extent">{tip.text.extent}</span>
          </>
        ) : null}
      </div>
    </div>
  );
}
