import type { LinkErrorKind } from '../../share';
import { withThousands } from '../../share';
import { capProblems } from '../../scenario/problemList';
import type { AutosaveRecord, LinkFailure } from '../../store/persistence';
import { RecoveryActions, type RecoveryChoice } from './RecoveryActions';
import './recovery.css';

const HEADINGS: Record<LinkErrorKind, string> = {
  empty: 'This link holds no scenario',
  foreign: 'This is not a Percpu Explorer link',
  oversized: 'This link is too long to open',
  newer: 'This link needs a newer Percpu Explorer',
  truncated: 'This link is incomplete',
  damaged: 'This link is damaged',
  invalid: 'This link’s scenario is not valid',
};

const HINTS: Partial<Record<LinkErrorKind, string>> = {
  truncated:
    'Some chat tools and mail programs cut links over 2,000 characters. Ask for the link again, or for the scenario as a file.',
  damaged: 'Copy the link again from where you found it, or ask for the scenario as a file.',
  oversized: 'Share long scenarios as files (Files → Export scenario).',
};

/** As many as a notice lists: the first problems say what is wrong, a count says how much more. */
const MAX_SHOWN_PROBLEMS = 50;

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.');

/**
 * Shown instead of the app when the address holds a link that cannot be opened: what is wrong
 * (the decoder's message and the first problems, with a count of the rest), how long the link is, and the ways back. Nothing of
 * the link is ever shown as markup.
 */
export function LinkErrorView({
  error,
  linkLength,
  autosave,
  onRecover,
}: {
  error: LinkFailure;
  linkLength: number;
  autosave: AutosaveRecord | null;
  onRecover: (choice: RecoveryChoice) => void;
}) {
  const hint = HINTS[error.kind];
  const problems = capProblems(error.problems, MAX_SHOWN_PROBLEMS);
  return (
    <main className="recovery-page" aria-labelledby="link-error-title" data-link-error={error.kind}>
      <p className="recovery-app-name">Percpu Explorer</p>
      <h1 id="link-error-title">{HEADINGS[error.kind]}</h1>
      <p className="recovery-message" data-testid="link-error-message">
        {sentence(error.message)}
      </p>
      {problems.length > 0 && (
        <ul className="recovery-problems" data-testid="link-error-problems">
          {problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
      <p data-testid="link-error-length">The link is {withThousands(linkLength)} characters long.</p>
      {hint && <p>{hint}</p>}
      <RecoveryActions autosave={autosave} onRecover={onRecover} />
    </main>
  );
}
