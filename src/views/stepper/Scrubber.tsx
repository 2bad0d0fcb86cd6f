import { useMemo } from 'react';
import { isolateText } from '../../share/isolateText';
import { selectLength, selectLoop, selectStep, selectTimeline } from '../../store/selectors';
import { useExplorer, useExplorerStore } from '../storeContext';
import { goTo } from './playbackActions';
import { stepMarkers, type Bookmark } from '../../model/stepMarkers';
import './scrubber.css';

/** At most this many tick positions: beyond it, ticks are merged per bin (one per few pixels). */
const MAX_TICKS = 240;
const MAX_BOOKMARKS = 80;

/** Where step k sits on the slider track (the thumb is 16 px wide; see scrubber.css). */
const at = (step: number, length: number) => `calc(8px + (100% - 16px) * ${length ? step / length : 0})`;

type Tick = { step: number; kind: 'fail' | 'warn' };

/** One tick per bin; a failure wins over a warning in the same bin. */
function binTicks(failures: number[], warnings: number[], length: number): Tick[] {
  const bins = new Map<number, Tick>();
  const binOf = (step: number) => Math.floor((step / Math.max(1, length)) * MAX_TICKS);
  for (const step of warnings) if (!bins.has(binOf(step))) bins.set(binOf(step), { step, kind: 'warn' });
  for (const step of failures) {
    const bin = binOf(step);
    if (bins.get(bin)?.kind !== 'fail') bins.set(bin, { step, kind: 'fail' });
  }
  return [...bins.values()];
}

function binBookmarks(bookmarks: Bookmark[], length: number): (Bookmark & { more: number })[] {
  if (bookmarks.length <= MAX_BOOKMARKS) return bookmarks.map((b) => ({ ...b, more: 0 }));
  const bins = new Map<number, Bookmark & { more: number }>();
  for (const b of bookmarks) {
    const bin = Math.floor((b.step / Math.max(1, length)) * MAX_BOOKMARKS);
    const kept = bins.get(bin);
    if (kept) kept.more++;
    else bins.set(bin, { ...b, more: 0 });
  }
  return [...bins.values()];
}

/** The step slider with bookmarks (clickable) above it and failure / warning ticks below it. */
export function Scrubber() {
  const store = useExplorerStore();
  const step = useExplorer(selectStep);
  const length = useExplorer(selectLength);
  const timeline = useExplorer(selectTimeline);
  const loop = useExplorer(selectLoop);
  const markers = useMemo(() => stepMarkers(timeline), [timeline]);
  const ticks = useMemo(() => binTicks(markers.failures, markers.warnings, length), [markers, length]);
  const bookmarks = useMemo(() => binBookmarks(markers.bookmarks, length), [markers, length]);

  return (
    <div className="scrubber">
      <span className="step-count" data-testid="step-count">
        step {step} of {length}
      </span>
      <div className="scrubber-track">
        <div className="scrubber-bookmarks">
          {bookmarks.map((b) => {
            const name = `Bookmark: ${isolateText(b.label)} (step ${b.step})${b.more ? ` and ${b.more} more nearby` : ''}`;
            return (
              <button
                key={b.step}
                type="button"
                className="bookmark"
                style={{ left: at(b.step, length) }}
                aria-label={name}
                title={name}
                onClick={() => goTo(store, b.step)}
              >
                <span aria-hidden="true">⚑</span>
              </button>
            );
          })}
        </div>
        {loop && (
          <div
            className="scrubber-loop"
            aria-hidden="true"
            style={{
              left: at(loop.from, length),
              width: `calc((100% - 16px) * ${(loop.to - loop.from) / Math.max(1, length)})`,
            }}
          />
        )}
        <input
          type="range"
          className="scrubber-range"
          min={0}
          max={length}
          step={1}
          value={step}
          disabled={length === 0}
          aria-label="Step"
          aria-valuetext={`step ${step} of ${length}`}
          onChange={(e) => goTo(store, Number(e.currentTarget.value))}
        />
        <div className="scrubber-ticks" aria-hidden="true">
          {ticks.map((t) => (
            <span key={t.step} className={`tick tick-${t.kind}`} style={{ left: at(t.step, length) }}>
              {t.kind === 'fail' ? '✖' : '⚠'}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
