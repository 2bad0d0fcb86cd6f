import { selectEditNotice } from '../../store/editSlice';
import { useExplorer } from '../storeContext';

/** A refused edit is an alert (announced at once); what an edit did is a quieter status line. */
export function EditNoticeView() {
  const notice = useExplorer(selectEditNotice);
  const dismiss = useExplorer((s) => s.dismissEditNotice);
  return (
    <>
      {notice?.tone === 'refused' && (
        <div className="editor-refused" role="alert">
          <span aria-hidden="true">✖ </span>
          <span data-testid="edit-refusal">{notice.text}</span>{' '}
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
      <p className="editor-done" role="status">
        {notice?.tone === 'done' ? notice.text : ''}
      </p>
    </>
  );
}
