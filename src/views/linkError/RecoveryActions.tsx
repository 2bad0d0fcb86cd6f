import type { AutosaveRecord } from '../../store/persistence';

export type RecoveryChoice = 'default' | 'autosave';

/** The ways back to a working page: the default preset, or the last autosaved scenario if there is one. */
export function RecoveryActions({
  autosave,
  onRecover,
}: {
  autosave: AutosaveRecord | null;
  onRecover: (choice: RecoveryChoice) => void;
}) {
  return (
    <div className="recovery-actions">
      <button type="button" onClick={() => onRecover('default')}>
        Open the default scenario
      </button>
      {autosave && (
        <button type="button" onClick={() => onRecover('autosave')}>
          Open my last autosaved scenario
        </button>
      )}
      {autosave && (
        <p className="recovery-autosave">
          Your last autosave: <span className="user-text">{autosave.scenario.title ? `“${autosave.scenario.title}”` : 'an untitled scenario'}</span>,{' '}
          {autosave.scenario.ops.length} ops, at step {autosave.step}.
        </p>
      )}
    </div>
  );
}
