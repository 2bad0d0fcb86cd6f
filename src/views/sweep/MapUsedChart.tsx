import { useId, useMemo, useState } from 'react';
import { curveStepAfter, line, scaleLinear } from 'd3';
import { mapUsedSeries, thinSeries, type SeriesPoint } from '../../analysis';
import { selectScenario, selectTimeline } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import { chartSummary, structureLabel } from './mapUsedText';

const W = 760;
const H = 280;
const M = { top: 16, right: 24, bottom: 40, left: 56 };
const MAX_POINTS = 1500;

/** Dash patterns as well as colours, so the lines stay apart without colour vision. */
const STYLES = [
  { className: 'line-first', dash: undefined },
  { className: 'line-reserved', dash: '6 3' },
  { className: 'line-created', dash: '2 3' },
];

/**
 * map_used of each first-chunk structure over the steps of the current scenario, with the
 * early map's size as a horizontal rule and slab coming online as a vertical one.
 */
export function MapUsedChart() {
  // The timeline's own config and ops, so skipped ops are left out here as everywhere.
  const timeline = useExplorer(selectTimeline);
  const title = useExplorer(selectScenario).title;
  const [withCreated, setWithCreated] = useState(false);
  const checkboxId = useId();
  const series = useMemo(() => mapUsedSeries(timeline.config, timeline.ops), [timeline]);

  const lines = useMemo(() => {
    if (!series.ok) return [];
    const first = series.structures.filter((s) => s.role === 'first');
    const reserved = series.structures.filter((s) => s.role !== 'first');
    const out: { label: string; points: SeriesPoint[]; style: (typeof STYLES)[number] }[] = [
      ...first.map((s) => ({
        label: `${structureLabel(s)} map_used`,
        points: thinSeries(s.mapUsed, MAX_POINTS),
        style: STYLES[0]!,
      })),
      ...reserved.map((s) => ({
        label: `${structureLabel(s)} map_used`,
        points: thinSeries(s.mapUsed, MAX_POINTS),
        style: STYLES[1]!,
      })),
    ];
    if (withCreated) {
      out.push({
        label: 'created chunks, all entries',
        points: thinSeries(series.createdEntries, MAX_POINTS),
        style: STYLES[2]!,
      });
    }
    return out;
  }, [series, withCreated]);

  if (!series.ok) {
    return (
      <p className="sweep-note" role="status">
        No chart: this configuration does not boot ({series.error}).
      </p>
    );
  }

  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  let yMax = series.earlySlots ?? 0;
  for (const l of lines) for (const p of l.points) yMax = Math.max(yMax, p.value);
  const x = scaleLinear()
    .domain([0, Math.max(1, series.steps)])
    .range([0, plotW]);
  const y = scaleLinear()
    .domain([0, Math.max(4, yMax * 1.08)])
    .range([plotH, 0])
    .nice();
  const path = line<SeriesPoint>()
    .x((p) => x(p.step))
    .y((p) => y(p.value))
    .curve(curveStepAfter);
  const summary = chartSummary(series);

  return (
    <figure className="sweep-chart">
      <div className="sweep-chart-tools">
        <input
          id={checkboxId}
          type="checkbox"
          checked={withCreated}
          onChange={(e) => setWithCreated(e.target.checked)}
        />
        <label htmlFor={checkboxId}>Also show the entries of created chunks</label>
      </div>
      <svg
        className="sweep-chart-plot"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`map_used over the steps of “${title ?? 'Untitled scenario'}”`}
      >
        <g transform={`translate(${M.left},${M.top})`}>
          {y.ticks(5).map((t) => (
            <g key={`y${t}`} transform={`translate(0,${y(t)})`} className="sweep-tick">
              <line x2={plotW} className="sweep-grid" />
              <text x={-6} textAnchor="end" dominantBaseline="middle">
                {t}
              </text>
            </g>
          ))}
          {x
            .ticks(8)
            .filter(Number.isInteger)
            .map((t) => (
              <g key={`x${t}`} transform={`translate(${x(t)},${plotH})`} className="sweep-tick">
                <line y2={4} />
                <text y={16} textAnchor="middle">
                  {t}
                </text>
              </g>
            ))}
          <line y1={plotH} y2={plotH} x2={plotW} className="sweep-axis-line" />
          <text className="sweep-axis-title" x={plotW / 2} y={plotH + 34} textAnchor="middle">
            step
          </text>
          <text
            className="sweep-axis-title"
            transform={`translate(${-42},${plotH / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            map entries
          </text>
          {series.earlySlots !== null && (
            <g className="sweep-rule limit" transform={`translate(0,${y(series.earlySlots)})`}>
              <line x2={plotW} />
              <text x={4} y={-5}>
                early map: {series.earlySlots} entries
              </text>
            </g>
          )}
          {series.slabOnlineStep !== null && (
            <g className="sweep-rule slab" transform={`translate(${x(series.slabOnlineStep)},0)`}>
              <line y2={plotH} />
              <text
                x={x(series.slabOnlineStep) > plotW * 0.7 ? -4 : 4}
                y={10}
                textAnchor={x(series.slabOnlineStep) > plotW * 0.7 ? 'end' : 'start'}
              >
                slab online (step {series.slabOnlineStep})
              </text>
            </g>
          )}
          {lines.map((l) => (
            <path
              key={l.label}
              d={path(l.points) ?? ''}
              className={`sweep-line ${l.style.className}`}
              strokeDasharray={l.style.dash}
            />
          ))}
        </g>
      </svg>
      <ul className="sweep-chart-legend" aria-label="Lines">
        {lines.map((l) => (
          <li key={l.label}>
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="0"
                y1="5"
                x2="28"
                y2="5"
                className={`sweep-line ${l.style.className}`}
                strokeDasharray={l.style.dash}
              />
            </svg>{' '}
            {l.label}
          </li>
        ))}
        {series.earlySlots !== null && (
          <li>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="28" y2="5" className="sweep-rule-swatch" />
            </svg>{' '}
            early map size (earlySlots)
          </li>
        )}
      </ul>
      <figcaption>
        {summary.map((s) => (
          <p key={s}>{s}</p>
        ))}
        {series.earlySlots === null && (
          <p>
            The pre-change allocator has no early map: its first-chunk maps hold 2 entries until the first extension.
          </p>
        )}
      </figcaption>
    </figure>
  );
}
