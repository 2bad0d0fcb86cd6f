import { useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { scaleBand } from 'd3';
import { metricValue, type EarlyOutcome, type SweepMetric } from '../../analysis';
import { colourScale, labelEvery } from './heatmapScales';
import { HeatCells, type CellGeometry } from './HeatCells';
import { describeCell, metricLabel } from './sweepText';

const MARGIN = { top: 8, right: 12, bottom: 64, left: 72 };

interface Props {
  rows: readonly (readonly EarlyOutcome[] | null)[];
  slots: readonly number[];
  sizes: readonly number[];
  metric: SweepMetric;
  /** The cell of the current scenario's own values, outlined. */
  current: { slots: number; size: number } | null;
  /** Step at which a cell opens in Explore (for the tooltip). */
  openStep: (outcome: EarlyOutcome) => number;
  onOpen: (row: number, col: number) => void;
}

type Cell = { r: number; c: number };

function cellOf(target: EventTarget): Cell | null {
  const el = target as Element;
  const r = el.getAttribute?.('data-row');
  const c = el.getAttribute?.('data-col');
  return r === null || c === null || r === undefined || c === undefined ? null : { r: Number(r), c: Number(c) };
}

/**
 * earlySlots (rows, growing upwards) × earlySize (columns) coloured by the metric. Hover or
 * arrow keys show a cell's numbers; click or Enter opens that configuration in Explore.
 */
export function Heatmap({ rows, slots, sizes, metric, current, openStep, onOpen }: Props) {
  // useId's characters are not all valid in a url(#…) reference.
  const id = `sweep${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [hover, setHover] = useState<Cell | null>(null);
  const [focus, setFocus] = useState<Cell | null>(null);
  const [announce, setAnnounce] = useState('');
  const active = hover ?? focus;

  const cellW = Math.max(10, Math.min(72, Math.floor(720 / sizes.length)));
  const cellH = Math.max(8, Math.min(36, Math.floor(420 / slots.length)));
  const plotW = cellW * sizes.length;
  const plotH = cellH * slots.length;

  const geometry: CellGeometry = useMemo(() => {
    const xBand = scaleBand<number>()
      .domain(sizes.map((_, c) => c))
      .range([0, plotW])
      .paddingInner(0.06);
    // Larger earlySlots higher up, as on an ordinary y axis.
    const yBand = scaleBand<number>()
      .domain(slots.map((_, r) => slots.length - 1 - r))
      .range([0, plotH])
      .paddingInner(0.06);
    return {
      x: sizes.map((_, c) => xBand(c)!),
      y: slots.map((_, r) => yBand(r)!),
      width: xBand.bandwidth(),
      height: yBand.bandwidth(),
    };
  }, [sizes, slots, plotW, plotH]);

  const [lo, hi] = useMemo(() => {
    let min = Infinity;
    let max = -Infinity;
    for (const row of rows) {
      for (const o of row ?? []) {
        const v = metricValue(o, metric);
        if (v.kind !== 'value') continue;
        if (v.value < min) min = v.value;
        if (v.value > max) max = v.value;
      }
    }
    return [min, max];
  }, [rows, metric]);
  // A new function only when the range changes: rows whose outcomes and colours stay keep their cells.
  const colour = useMemo(() => colourScale(lo === Infinity ? [] : [lo, hi]), [lo, hi]);

  const patterns = useMemo(() => ({ none: `url(#${id}-none)`, noBuild: `url(#${id}-nobuild)` }), [id]);

  const xEvery = labelEvery(cellW, 30);
  const yEvery = labelEvery(cellH, 14);
  const activeOutcome = active ? rows[active.r]?.[active.c] : undefined;

  const move = (e: KeyboardEvent<SVGSVGElement>) => {
    const at = focus ?? { r: slots.length - 1, c: 0 };
    if ((e.key === 'Enter' || e.key === ' ') && focus) {
      e.preventDefault();
      onOpen(focus.r, focus.c);
      return;
    }
    const moves: Record<string, Cell> = {
      ArrowRight: { r: at.r, c: Math.min(sizes.length - 1, at.c + 1) },
      ArrowLeft: { r: at.r, c: Math.max(0, at.c - 1) },
      ArrowUp: { r: Math.min(slots.length - 1, at.r + 1), c: at.c },
      ArrowDown: { r: Math.max(0, at.r - 1), c: at.c },
      Home: { r: at.r, c: 0 },
      End: { r: at.r, c: sizes.length - 1 },
    };
    const next = moves[e.key];
    if (!next) return;
    e.preventDefault();
    setHover(null);
    setFocus(next);
    const outcome = rows[next.r]?.[next.c];
    setAnnounce(outcome ? describeCell(outcome, slots[next.r]!, sizes[next.c]!).join(' ') : 'not computed yet');
  };

  const currentCell = current === null ? null : { r: slots.indexOf(current.slots), c: sizes.indexOf(current.size) };
  const width = MARGIN.left + plotW + MARGIN.right;
  const height = MARGIN.top + plotH + MARGIN.bottom;
  const tooltipLeft = active ? MARGIN.left + geometry.x[active.c]! + geometry.width + 8 : 0;
  const flip = tooltipLeft + 260 > width;

  return (
    <div className="sweep-heatmap">
      <svg
        width={width}
        height={height}
        tabIndex={0}
        role="application"
        aria-roledescription="heatmap"
        aria-label={`Heatmap of ${metricLabel(metric)}: earlySlots rows × earlySize columns. Arrow keys move between cells, Enter opens one in Explore.`}
        onKeyDown={move}
        onFocus={(e) => {
          // Only keyboard focus picks a cell; a mouse click already has the hovered one.
          if (e.currentTarget.matches(':focus-visible')) setFocus((f) => f ?? { r: slots.length - 1, c: 0 });
        }}
        onBlur={() => setFocus(null)}
        onPointerLeave={() => setHover(null)}
      >
        <defs>
          <pattern id={`${id}-none`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className="sweep-pattern-bg" />
            <circle cx="3" cy="3" r="1.2" className="sweep-pattern-ink" />
          </pattern>
          <pattern
            id={`${id}-nobuild`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className="sweep-pattern-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="sweep-pattern-line" />
          </pattern>
        </defs>
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          <g
            onPointerMove={(e: PointerEvent<SVGGElement>) => {
              const cell = cellOf(e.target);
              if (cell && (cell.r !== hover?.r || cell.c !== hover?.c)) setHover(cell);
            }}
            onClick={(e) => {
              const cell = cellOf(e.target);
              if (cell) onOpen(cell.r, cell.c);
            }}
          >
            <HeatCells
              rows={rows}
              slots={slots}
              sizes={sizes}
              metric={metric}
              geometry={geometry}
              colour={colour}
              patterns={patterns}
            />
          </g>
          {currentCell && currentCell.r >= 0 && currentCell.c >= 0 && (
            <rect
              className="sweep-current"
              x={geometry.x[currentCell.c]! - 1.5}
              y={geometry.y[currentCell.r]! - 1.5}
              width={geometry.width + 3}
              height={geometry.height + 3}
            />
          )}
          {active && (
            <rect
              className="sweep-active"
              x={geometry.x[active.c]}
              y={geometry.y[active.r]}
              width={geometry.width}
              height={geometry.height}
            />
          )}
          <g className="sweep-axis-labels" aria-hidden="true">
            {sizes.map((size, c) =>
              c % xEvery === 0 ? (
                <text
                  key={size}
                  transform={`translate(${geometry.x[c]! + geometry.width / 2},${plotH + 6}) rotate(-40)`}
                  textAnchor="end"
                  dominantBaseline="hanging"
                >
                  {size}
                </text>
              ) : null,
            )}
            {slots.map((s, r) =>
              r % yEvery === 0 ? (
                <text
                  key={s}
                  x={-6}
                  y={geometry.y[r]! + geometry.height / 2}
                  textAnchor="end"
                  dominantBaseline="middle"
                >
                  {s}
                </text>
              ) : null,
            )}
            <text className="sweep-axis-title" x={plotW / 2} y={plotH + MARGIN.bottom - 6} textAnchor="middle">
              earlySize (bytes)
            </text>
            <text
              className="sweep-axis-title"
              transform={`translate(${-MARGIN.left + 14},${plotH / 2}) rotate(-90)`}
              textAnchor="middle"
            >
              earlySlots (map entries)
            </text>
          </g>
        </g>
      </svg>
      {active && (
        <div
          className="sweep-tooltip"
          role="tooltip"
          style={{
            left: flip ? undefined : tooltipLeft,
            right: flip ? Math.max(0, width - MARGIN.left - geometry.x[active.c]! + 8) : undefined,
            top: MARGIN.top + geometry.y[active.r]!,
          }}
        >
          {activeOutcome ? (
            <>
              {describeCell(activeOutcome, slots[active.r]!, sizes[active.c]!).map((line, i) => (
                <div key={i} className={i === 0 ? 'sweep-tooltip-title' : undefined}>
                  {line}
                </div>
              ))}
              {activeOutcome.built && (
                <div className="sweep-tooltip-hint">Click to open in Explore at step {openStep(activeOutcome)}.</div>
              )}
            </>
          ) : (
            <div>Not computed yet.</div>
          )}
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}
