import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { selectStep, selectTimeline } from '../../store/selectors';
import { useExplorer, useExplorerStore } from '../storeContext';
import { goTo } from '../stepper/playbackActions';
import { linesUpTo, LOG_ICON, LOG_WORD, logKind } from '../../model/logLine';
import './kernelLog.css';

/** Lines drawn at once: the newest ones; older ones are one click away. */
const WINDOW = 300;

/**
 * dmesg up to the current step, newest at the bottom; a line jumps to the step that printed it.
 * Long lines wrap (no sideways scrolling on a projector), and the log follows the step: the
 * lines the current step printed are always in view.
 */
export function KernelLog() {
  const store = useExplorerStore();
  const step = useExplorer(selectStep);
  const timeline = useExplorer(selectTimeline);
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(WINDOW);
  // The whole boot's log once per timeline; each step shows a prefix of it.
  const all = useMemo(() => (timeline.setupError === null ? timeline.dmesgUpTo(timeline.length) : []), [timeline]);
  const count = linesUpTo(all, step);
  const first = Math.max(0, count - shown);

  // Follow the step: the newest line at the bottom, unless the step printed more than fits,
  // then its first line (a WARN's headline) at the top.
  // A step that printed nothing, after one that printed nothing, leaves the log as it was: skip
  // the measuring (it forces a layout of the whole page, a quarter of a held key's frame).
  const followed = useRef<{ count: number; fresh: boolean } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fresh = el.querySelector<HTMLElement>('.log-fresh');
    const before = followed.current;
    followed.current = { count, fresh: fresh !== null };
    if (before && before.count === count && !before.fresh && !fresh) return;
    const bottom = el.scrollHeight - el.clientHeight;
    if (!fresh) {
      el.scrollTop = bottom;
      return;
    }
    const freshTop = fresh.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop;
    el.scrollTop = Math.min(bottom, freshTop - 4);
  }, [count, step]);

  if (timeline.setupError !== null) {
    return <p className="log-empty">No kernel log: setup failed ({timeline.setupError}).</p>;
  }
  return (
    <div className="kernel-log" ref={ref} data-testid="kernel-log">
      {first > 0 && (
        <button type="button" className="log-earlier" onClick={() => setShown((n) => n + WINDOW)}>
          Show {Math.min(first, WINDOW)} earlier lines ({first} not shown)
        </button>
      )}
      {count === 0 && <p className="log-empty">Nothing printed yet.</p>}
      <div role="list" aria-label="Kernel log lines" className="kernel-log-inner">
        {all.slice(first, count).map((entry, n) => {
          const kind = logKind(entry.kind);
          const target = entry.step === null ? 0 : entry.step + 1;
          const fresh = entry.step !== null && entry.step === step - 1;
          return (
            <div key={first + n} role="listitem" className={`log-line log-${kind}${fresh ? ' log-fresh' : ''}`}>
              <button
                type="button"
                onClick={() => goTo(store, target)}
                title={`Go to step ${target}`}
                aria-label={`${LOG_WORD[kind] ? `${LOG_WORD[kind]}: ` : ''}${entry.line} (go to step ${target})`}
              >
                <span className="log-step" aria-hidden="true">
                  {entry.step === null ? 'setup' : `#${entry.step}`}
                </span>
                <span className="log-icon" aria-hidden="true">
                  {LOG_ICON[kind]}
                </span>
                <span className="log-text">{entry.line}</span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
