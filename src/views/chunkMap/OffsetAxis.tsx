import type { PixelView } from './aggregate';
import { byteTicks, formatTick } from './ticks';

const HEIGHT = 20;
/** Leave about this many pixels per tick label. */
const PX_PER_TICK = 90;

/** The unit-offset axis of the visible window, ticks at power-of-two offsets. */
export function OffsetAxis({ width, view, unitSize }: { width: number; view: PixelView; unitSize: number }) {
  if (width <= 0 || view.pxPerByte <= 0) return <div className="cm-axis-placeholder" />;
  const d0 = Math.max(0, (view.left - view.originPx) / view.pxPerByte);
  const d1 = Math.min(unitSize, (view.right - view.originPx) / view.pxPerByte);
  const ticks = byteTicks(d0, d1, Math.max(2, Math.floor(width / PX_PER_TICK)));
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
  return (
    <svg
      className="cm-axis"
      width={width}
      height={HEIGHT}
      role="img"
      aria-label={`Unit offsets ${Math.round(d0)} to ${Math.round(d1)} bytes`}
    >
      <line className="cm-axis-line" x1={0} x2={width} y1={HEIGHT - 1} y2={HEIGHT - 1} />
      {ticks.map((t) => {
        const x = t * view.pxPerByte + view.originPx;
        const anchor = x < 20 ? 'start' : x > width - 20 ? 'end' : 'middle';
        return (
          <g key={t} transform={`translate(${x},0)`}>
            <line className="cm-axis-line" y1={HEIGHT - 5} y2={HEIGHT - 1} />
            <text className="cm-axis-label" y={HEIGHT - 7} textAnchor={anchor}>
              {formatTick(t, step)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
