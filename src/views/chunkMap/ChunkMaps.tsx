import { scaleLinear } from 'd3';
import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { selectEngineState, selectOutcome, selectSelectedAlloc, selectStep } from '../../store/selectors';
import { allocOrdinals } from '../colors/palette';
import { Legend } from '../legend/Legend';
import { nextAllocTry } from '../slots/nextTry';
import { useExplorer } from '../storeContext';
import type { PixelView } from './aggregate';
import type { HoverTarget } from './ChunkAreaMap';
import { ChunkRow } from './ChunkRow';
import { describeArea, describeSummary, type AreaText } from './describe';
import { areaSizeAt, firstChunkSpan, type ChunkGeometry } from './geometry';
import { OffsetAxis } from './OffsetAxis';
import { latestAlloc, selectOps, selectSelect } from './selectors';
import { useElementWidth } from './useElementWidth';
import { useOffsetZoom } from './useOffsetZoom';
import '../styles/maps.css';

interface Tip {
  text: AreaText;
  left: number;
  top: number;
}

const TIP_WIDTH = 300;

/** View 1: every live chunk's area map on a shared, zoomable unit-offset axis. */
export function ChunkMaps() {
  const state = useExplorer(selectEngineState);
  const ops = useExplorer(selectOps);
  const step = useExplorer(selectStep);
  const selected = useExplorer(selectSelectedAlloc);
  const outcome = useExplorer(selectOutcome);
  const select = useExplorer(selectSelect);

  const container = useRef<HTMLDivElement>(null);
  const [rows, setRows] = useState<HTMLOListElement | null>(null);
  const width = useElementWidth(rows);
  const unitSize = state?.layout.unitSize ?? 0;
  const span = state ? firstChunkSpan(state.layout) : 0;
  const initial = useMemo(() => [0, span] as const, [span]);
  const { transform, zoomBy, zoomTo, reset } = useOffsetZoom(rows, width, unitSize, initial);
  const view = useMemo<PixelView>(() => {
    const x = transform.rescaleX(
      scaleLinear()
        .domain([0, Math.max(1, unitSize)])
        .range([0, width]),
    );
    return { pxPerByte: x(1) - x(0) || 0, originPx: x(0), left: 0, right: width };
  }, [width, unitSize, transform]);

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

  const onHover = useCallback(
    (_chunk: number, target: HoverTarget | null, geometry: ChunkGeometry, clientX: number, clientY: number) => {
      const text = target ? textOf(target, geometry) : null;
      setTip(text ? place(text, clientX, clientY) : null);
    },
    [place, textOf],
  );

  const onActivate = useCallback(
    (_chunk: number, target: HoverTarget, geometry: ChunkGeometry) => {
      if (target.kind === 'summary') {
        const { first, last } = target.segment;
        zoomTo(geometry.starts[first]!, geometry.starts[last]! + geometry.sizes[last]!);
        return;
      }
      const owner = geometry.owners[target.index]!;
      select(owner >= 0 ? owner : null);
    },
    [select, zoomTo],
  );

  const onKeyDown = useCallback(
    (chunk: number, event: KeyboardEvent<SVGSVGElement>, geometry: ChunkGeometry) => {
      const n = geometry.starts.length;
      const current = active?.chunk === chunk ? active.index : -1;
      let next: number | null = null;
      switch (event.key) {
        case 'ArrowRight':
          next = Math.min(n - 1, current + 1);
          break;
        case 'ArrowLeft':
          next = Math.max(0, current < 0 ? 0 : current - 1);
          break;
        case 'Home':
          next = 0;
          break;
        case 'End':
          next = n - 1;
          break;
        case 'Enter':
        case ' ':
          if (current >= 0) {
            const owner = geometry.owners[current]!;
            select(owner >= 0 ? owner : null);
          }
          break;
        case 'Escape':
          setActive(null);
          setTip(null);
          break;
        case '+':
        case '=':
          zoomBy(2);
          break;
        case '-':
          zoomBy(0.5);
          break;
        case '0':
          reset();
          break;
        case 'z':
          if (current >= 0) zoomTo(geometry.starts[current]!, geometry.starts[current]! + geometry.sizes[current]!);
          break;
        default:
          return;
      }
      event.preventDefault();
      if (next === null || next < 0) return;
      setActive({ chunk, index: next });
      const text = textOf({ kind: 'area', index: next }, geometry);
      const box = event.currentTarget.getBoundingClientRect();
      const mid = (geometry.starts[next]! + geometry.sizes[next]! / 2) * view.pxPerByte + view.originPx;
      if (text) setTip(place(text, box.left + Math.max(0, Math.min(width, mid)), box.bottom - 12));
    },
    [active, select, zoomBy, zoomTo, reset, textOf, place, view, width],
  );

  if (!state) return <p className="placeholder">No chunks: the kernel did not boot (see the config).</p>;

  const selectedAt = selected !== null ? (state.live.get(selected) ?? null) : null;
  const latest = latestAlloc(outcome);
  const next = nextAllocTry(state, ops[step], step);
  const triedNext = next.kind === 'reserved' || next.kind === 'scan' ? next.chunk : null;
  const selectedFree = selected !== null && selectedAt === null;

  return (
    <div className="cm" ref={container} onBlur={() => setActive(null)}>
      <Legend />
      <div className="cm-toolbar" role="toolbar" aria-label="Zoom the offset axis">
        <button type="button" onClick={() => zoomBy(2)} aria-label="Zoom in">
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
          ? state.chunks.map((chunk) => (
              <ChunkRow
                key={chunk.id}
                state={state}
                chunk={chunk}
                width={width}
                view={view}
                ordinalOf={ordinalOf}
                selectedOffset={selectedAt && selectedAt.chunk === chunk.id ? selectedAt.offset : null}
                latestOffset={latest && latest.chunk === chunk.id ? latest.offset : null}
                activeIndex={active && active.chunk === chunk.id ? active.index : null}
                triedNext={triedNext === chunk.id}
                tooltipId={tooltipId}
                onHover={onHover}
                onActivate={onActivate}
                onKeyDown={onKeyDown}
              />
            ))
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
