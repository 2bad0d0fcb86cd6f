import { useEffect, useMemo } from 'react';
import { selectStep, selectTimeline } from '../../store/selectors';
import { useExplorer, useExplorerStore } from '../storeContext';
import { goTo } from '../stepper/playbackActions';
import { useVirtualRows } from '../stepper/useVirtualRows';
import '../styles/stepper.css';
import { linesUpTo, LOG_ICON, LOG_WORD, logKind } from './logLine';

const LINE_HEIGHT = 22;

/** dmesg up to the current step, newest at the bottom; a line jumps to the step that printed it. */
export function KernelLog() {
  const store = useExplorerStore();
  const step = useExplorer(selectStep);
  const timeline = useExplorer(selectTimeline);
  // The whole boot's log once per timeline; each step shows a prefix of it.
  const all = useMemo(() => (timeline.setupError === null ? timeline.dmesgUpTo(timeline.length) : []), [timeline]);
  const count = linesUpTo(all, step);
  const { ref, onScroll, start, end, totalHeight, reveal } = useVirtualRows(count, LINE_HEIGHT);

  useEffect(() => reveal(count - 1, 'end'), [count, reveal]);

  if (timeline.setupError !== null) {
    return <p className="log-empty">No kernel log: setup failed ({timeline.setupError}).</p>;
  }
  return (
    <div className="kernel-log" ref={ref} onScroll={onScroll} data-testid="kernel-log">
      <div role="list" aria-label="Kernel log lines" className="kernel-log-inner" style={{ height: totalHeight }}>
        {all.slice(start, end).map((entry, n) => {
          const index = start + n;
          const kind = logKind(entry.line, entry.step);
          const target = entry.step === null ? 0 : entry.step + 1;
          const fresh = entry.step !== null && entry.step === step - 1;
          return (
            <div
              key={index}
              role="listitem"
              className={`log-line log-${kind}${fresh ? ' log-fresh' : ''}`}
              style={{ top: index * LINE_HEIGHT, height: LINE_HEIGHT }}
            >
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
