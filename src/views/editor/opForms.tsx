import { useState, type FormEvent, type ReactNode } from 'react';
import { checkAllocDraft, checkMarkLabel, type AllocDraft } from '../../editing';
import type { Op } from '../../engine/types';
import { selectSlabOnlineIndex } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import { EditorCheckbox, EditorField } from './EditorField';
import { FreeChoiceSelect } from './FreeChoiceSelect';
import { useFreeChoices } from './useFreeChoices';

type Insert = (op: Op) => void;

/** One small form per op kind; Enter in a field inserts, like the button. */
function OpForm({
  name,
  op,
  onInsert,
  children,
}: {
  name: string;
  op: Op | null;
  onInsert: Insert;
  children?: ReactNode;
}) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (op) onInsert(op);
  };
  return (
    <form className="editor-form" aria-label={`New ${name}`} onSubmit={submit} noValidate>
      {children}
      <button type="submit" disabled={op === null}>
        Insert {name}
      </button>
    </form>
  );
}

export function AllocOpForm({
  draft,
  onDraft,
  onInsert,
}: {
  draft: AllocDraft;
  onDraft: (update: (d: AllocDraft) => AllocDraft) => void;
  onInsert: Insert;
}) {
  const check = checkAllocDraft(draft);
  const error = (field: 'size' | 'align' | 'label') => (check.ok ? undefined : check.errors[field]);
  return (
    <OpForm name="alloc" op={check.ok ? check.value : null} onInsert={onInsert}>
      <EditorField
        id="add-alloc-size"
        label="Size"
        numeric
        hint="bytes per CPU"
        value={draft.size}
        error={error('size')}
        onChange={(size) => onDraft((d) => ({ ...d, size }))}
      />
      <EditorField
        id="add-alloc-align"
        label="Align"
        numeric
        hint="a power of two"
        value={draft.align}
        error={error('align')}
        onChange={(align) => onDraft((d) => ({ ...d, align }))}
      />
      <EditorCheckbox
        id="add-alloc-reserved"
        label="Reserved"
        checked={draft.reserved}
        onChange={(reserved) => onDraft((d) => ({ ...d, reserved }))}
      />
      <EditorField
        id="add-alloc-label"
        label="Label"
        value={draft.label}
        error={error('label')}
        onChange={(label) => onDraft((d) => ({ ...d, label }))}
      />
    </OpForm>
  );
}

export function FreeOpForm({ onInsert }: { onInsert: Insert }) {
  const choices = useFreeChoices();
  const [picked, setPicked] = useState<number | null>(null);
  // The pick is kept only while it is still freeable at the current step; otherwise the first that is.
  const freeable = choices.filter((c) => c.freedBy === null);
  const target = freeable.some((c) => c.alloc === picked) ? picked : (freeable[0]?.alloc ?? null);
  return (
    <OpForm name="free" op={target === null ? null : { op: 'free', alloc: target }} onInsert={onInsert}>
      <FreeChoiceSelect id="add-free-target" choices={choices} value={target} onChange={setPicked} />
    </OpForm>
  );
}

export function SlabOnlineOpForm({ onInsert }: { onInsert: Insert }) {
  const slabAt = useExplorer(selectSlabOnlineIndex);
  return (
    <OpForm name="slab-online" op={slabAt === null ? { op: 'slab-online' } : null} onInsert={onInsert}>
      {slabAt !== null && <p className="editor-muted">slab-online is already ops[{slabAt}]: a boot has it once.</p>}
    </OpForm>
  );
}

export function MarkOpForm({
  label,
  onLabel,
  onInsert,
}: {
  label: string;
  onLabel: (label: string) => void;
  onInsert: Insert;
}) {
  const check = checkMarkLabel(label);
  return (
    <OpForm name="mark" op={check.ok ? check.value : null} onInsert={onInsert}>
      <EditorField
        id="add-mark-label"
        label="Label"
        value={label}
        error={check.ok ? undefined : check.errors.label}
        onChange={onLabel}
      />
    </OpForm>
  );
}
