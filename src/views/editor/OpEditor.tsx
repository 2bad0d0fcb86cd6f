import { useState } from 'react';
import { AddOpForm } from './AddOpForm';
import './editor.css';
import { EditNoticeView } from './EditNoticeView';
import { GeneratorForms } from './GeneratorForms';
import { HistoryControls } from './HistoryControls';
import { SelectedOpTools } from './SelectedOpTools';

/**
 * Edit the op list at the current step: change the selected op, add one, or generate a batch.
 * Every edit re-runs the boot at once and can be undone; refused edits say why in an alert.
 */
export function OpEditor() {
  // The batch forms follow every step (live allocations): render them only while they are open.
  const [generatorsOpen, setGeneratorsOpen] = useState(false);
  return (
    <div className="op-editor" data-testid="op-editor">
      <HistoryControls />
      <EditNoticeView />
      <SelectedOpTools />
      <details className="editor-section" open>
        <summary>Add an op</summary>
        <AddOpForm />
      </details>
      <details className="editor-section" onToggle={(e) => setGeneratorsOpen(e.currentTarget.open)}>
        <summary>Generate a batch</summary>
        {generatorsOpen && <GeneratorForms />}
      </details>
    </div>
  );
}
