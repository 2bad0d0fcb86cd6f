import { selectSweep } from '../../store/sweepSlice';
import { useExplorer } from '../storeContext';

/** Rows finished so far while a sweep runs, and where a cancelled one stopped. */
export function SweepProgress() {
  const { status, run } = useExplorer(selectSweep);
  if (!run || (status !== 'running' && status !== 'cancelled')) return null;
  const total = run.slots.length * run.sizes.length;
  const done = run.rowsDone * run.sizes.length;
  const percent = Math.round((100 * done) / total);
  const text = `${done} of ${total} configurations`;
  if (status === 'cancelled') {
    return (
      <p className="sweep-progress-text" role="status">
        Cancelled after {text}.
      </p>
    );
  }
  return (
    <div className="sweep-progress">
      <div
        role="progressbar"
        aria-label="Sweep progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
        className="sweep-progress-bar"
      >
        <div className="sweep-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="sweep-progress-text">
        {text} on {run.workers} {run.workers === 1 ? 'worker' : 'workers'}
      </span>
    </div>
  );
}
