import { shorten } from '../../share';
import type { AutosaveRecord } from '../../store/persistence';
import { RecoveryActions, type RecoveryChoice } from './RecoveryActions';
import './recovery.css';

/** What the error boundary shows: the error in words, and the same ways back as a bad link. */
export function CrashView({
  error,
  autosave,
  onRecover,
}: {
  error: Error;
  autosave: AutosaveRecord | null;
  onRecover: (choice: RecoveryChoice) => void;
}) {
  return (
    <main className="recovery-page" aria-labelledby="crash-title">
      <p className="recovery-app-name">Percpu Explorer</p>
      <h1 id="crash-title">Something went wrong while showing this scenario</h1>
      <p className="recovery-message" data-testid="crash-message">
        {shorten(error.message || error.name || 'An unknown error', 300)}
      </p>
      <p>Your autosave is untouched. Open a scenario to carry on; reloading the page opens the same one again.</p>
      <RecoveryActions autosave={autosave} onRecover={onRecover} />
    </main>
  );
}
