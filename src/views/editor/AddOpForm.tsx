import { useState } from 'react';
import type { AllocDraft } from '../../editing';
import type { Op, OpKind } from '../../engine/types';
import { selectStep } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import { AllocOpForm, FreeOpForm, MarkOpForm, SlabOnlineOpForm } from './opForms';

const KINDS: OpKind[] = ['alloc', 'free', 'slab-online', 'mark'];

const INITIAL_ALLOC: AllocDraft = { size: '24', align: '8', reserved: false, label: '' };

/** Adds one op at the current step: it goes in at ops[step], so it runs next and becomes current. */
export function AddOpForm() {
  const step = useExplorer(selectStep);
  const applyOpEdit = useExplorer((s) => s.applyOpEdit);
  const [kind, setKind] = useState<OpKind>('alloc');
  // Drafts live here so switching the kind back and forth keeps what was typed.
  const [alloc, setAlloc] = useState(INITIAL_ALLOC);
  const [markLabel, setMarkLabel] = useState('');
  const insert = (op: Op) => applyOpEdit({ kind: 'insert', index: step, ops: [op] });

  return (
    <div className="editor-add" role="group" aria-label="Add an op">
      <p className="editor-muted">
        New ops go in at ops[{step}]: they run next, right after step {step}.
      </p>
      <div className="editor-field">
        <label htmlFor="add-op-kind">Op kind</label>
        <select id="add-op-kind" value={kind} onChange={(e) => setKind(e.target.value as OpKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
      {kind === 'alloc' && <AllocOpForm draft={alloc} onDraft={setAlloc} onInsert={insert} />}
      {kind === 'free' && <FreeOpForm onInsert={insert} />}
      {kind === 'slab-online' && <SlabOnlineOpForm onInsert={insert} />}
      {kind === 'mark' && <MarkOpForm label={markLabel} onLabel={setMarkLabel} onInsert={insert} />}
    </div>
  );
}
