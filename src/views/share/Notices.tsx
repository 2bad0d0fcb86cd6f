import { capProblems } from '../../scenario/problemList';
import type { AppNotice } from '../../store/linkSlice';
import { useExplorer, useExplorerStore } from '../storeContext';
import { exportScenarioFile } from './exportFiles';
import { selectNotices } from './selectors';
import './share.css';

/** So a file with thousands of problems cannot bury the page; the first ones say what is wrong. */
const MAX_LINES = 50;

/** Messages about links, files and autosave, above the app; each stays until dismissed. */
export function Notices() {
  const notices = useExplorer(selectNotices);
  if (notices.length === 0) return null;
  return (
    <div className="app-notices">
      {notices.map((notice) => (
        <NoticeView key={notice.id} notice={notice} />
      ))}
    </div>
  );
}

function NoticeView({ notice }: { notice: AppNotice }) {
  const store = useExplorerStore();
  const dismiss = useExplorer((s) => s.dismissNotice);
  // The last line counts all that are not shown, including those a validator already left out.
  const lines = capProblems(notice.lines ?? [], MAX_LINES);
  return (
    <div
      className={`app-notice tone-${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-notice={notice.id}
    >
      <div className="app-notice-body">
        <p>{notice.text}</p>
        {lines.length > 0 && (
          <ul className="app-notice-lines">
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      {notice.offer === 'export-scenario' && (
        <button type="button" onClick={() => exportScenarioFile(store.getState().scenario)}>
          Export scenario file
        </button>
      )}
      {notice.action && (
        <button type="button" onClick={notice.action.run}>
          {notice.action.label}
        </button>
      )}
      <button type="button" className="app-notice-dismiss" aria-label="Dismiss" onClick={() => dismiss(notice.id)}>
        ×
      </button>
    </div>
  );
}
