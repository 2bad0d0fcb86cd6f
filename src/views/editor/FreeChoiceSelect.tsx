import type { FreeChoice } from '../../editing';

/** Very long live lists are cut short: the select stays usable and each step stays cheap to render. */
const MAX_SHOWN = 2000;

interface Props {
  id: string;
  choices: readonly FreeChoice[];
  value: number | null;
  onChange: (alloc: number) => void;
}

/** "ops[3] kmem_cache_cpu kmalloc-8 — chunk 1 @ 91096"; ones already freed by some op are disabled. */
export function FreeChoiceSelect({ id, choices, value, onChange }: Props) {
  if (choices.length === 0) {
    return (
      <p className="editor-muted" id={id}>
        No allocation is live at this step, so there is nothing to free.
      </p>
    );
  }
  const shown = choices.slice(0, MAX_SHOWN);
  return (
    <div className="editor-field">
      <label htmlFor={id}>Allocation to free</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
        {value === null && <option value="">(every live allocation is already freed by a later op)</option>}
        {shown.map((c) => (
          <option key={c.alloc} value={c.alloc} disabled={c.freedBy !== null}>
            {c.text}
            {c.freedBy !== null ? ` (already freed by ops[${c.freedBy}])` : ''}
          </option>
        ))}
      </select>
      {choices.length > MAX_SHOWN && (
        <span className="editor-hint">
          Showing the first {MAX_SHOWN} of {choices.length} live allocations.
        </span>
      )}
    </div>
  );
}
