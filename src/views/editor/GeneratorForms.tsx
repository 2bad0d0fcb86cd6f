import { useState, type FormEvent } from 'react';
import {
  allocBatch,
  checkAllocBatchDraft,
  checkEveryKth,
  everyKth,
  freeBatch,
  opWords,
  type AllocBatchDraft,
} from '../../editing';
import { selectStep } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import { EditorCheckbox, EditorField } from './EditorField';
import { useFreeableAllocs } from './useFreeChoices';

const INITIAL_BATCH: AllocBatchDraft = { count: '8', size: '8', align: '8', reserved: false, labelPrefix: 'counter' };

const ordinal = (k: number) => {
  const tens = k % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][k % 10] ?? 'th');
  return `${k}${suffix}`;
};

/** Batches inserted at the current step; each batch is one undo entry. */
export function GeneratorForms() {
  return (
    <div className="editor-generators">
      <AllocBatchForm />
      <FreeBatchForm />
    </div>
  );
}

function AllocBatchForm() {
  const step = useExplorer(selectStep);
  const applyOpEdit = useExplorer((s) => s.applyOpEdit);
  const [draft, setDraft] = useState(INITIAL_BATCH);
  const check = checkAllocBatchDraft(draft);
  const error = (field: 'count' | 'size' | 'align' | 'labelPrefix') => (check.ok ? undefined : check.errors[field]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!check.ok) return;
    const { count, size, align } = check.value;
    applyOpEdit({
      kind: 'insert',
      index: step,
      ops: allocBatch(check.value),
      label: `insert ${count} × ${opWords({ op: 'alloc', size, align })} at ops[${step}]`,
    });
  };
  return (
    <form className="editor-form" aria-label="Generate allocations" onSubmit={submit} noValidate>
      <h3 className="editor-subtitle">N allocations</h3>
      <EditorField
        id="gen-count"
        label="Count"
        numeric
        value={draft.count}
        error={error('count')}
        onChange={(count) => setDraft((d) => ({ ...d, count }))}
      />
      <EditorField
        id="gen-size"
        label="Size"
        numeric
        value={draft.size}
        error={error('size')}
        onChange={(size) => setDraft((d) => ({ ...d, size }))}
      />
      <EditorField
        id="gen-align"
        label="Align"
        numeric
        value={draft.align}
        error={error('align')}
        onChange={(align) => setDraft((d) => ({ ...d, align }))}
      />
      <EditorCheckbox
        id="gen-reserved"
        label="Reserved"
        checked={draft.reserved}
        onChange={(reserved) => setDraft((d) => ({ ...d, reserved }))}
      />
      <EditorField
        id="gen-prefix"
        label="Label prefix"
        hint='labels "<prefix> 1", "<prefix> 2", …'
        value={draft.labelPrefix}
        error={error('labelPrefix')}
        onChange={(labelPrefix) => setDraft((d) => ({ ...d, labelPrefix }))}
      />
      <button type="submit" disabled={!check.ok}>
        Add {check.ok ? check.value.count : 'N'} {check.ok && check.value.count === 1 ? 'allocation' : 'allocations'}
      </button>
    </form>
  );
}

function FreeBatchForm() {
  const step = useExplorer(selectStep);
  const applyOpEdit = useExplorer((s) => s.applyOpEdit);
  const candidates = useFreeableAllocs();
  const [k, setK] = useState('2');
  const check = checkEveryKth(k);
  const count = check.ok ? everyKth(candidates, check.value).length : 0;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!check.ok || count === 0) return;
    applyOpEdit({
      kind: 'insert',
      index: step,
      ops: freeBatch(candidates, check.value),
      label: `free every ${ordinal(check.value)} live allocation (${count} frees) at ops[${step}]`,
    });
  };
  return (
    <form className="editor-form" aria-label="Free every k-th live allocation" onSubmit={submit} noValidate>
      <h3 className="editor-subtitle">Free every k-th live allocation</h3>
      <EditorField
        id="gen-every-k"
        label="Every k-th"
        numeric
        hint="1 frees them all"
        value={k}
        error={check.ok ? undefined : check.errors.k}
        onChange={setK}
      />
      <p className="editor-muted" data-testid="free-batch-count">
        {candidates.length} live {candidates.length === 1 ? 'allocation' : 'allocations'} at this step can be freed (not
        freed by any op yet); this frees {count}.
      </p>
      <button type="submit" disabled={count === 0}>
        Free {count} {count === 1 ? 'allocation' : 'allocations'}
      </button>
    </form>
  );
}
