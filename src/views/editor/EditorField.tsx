interface Props {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string;
  numeric?: boolean;
  onChange: (value: string) => void;
}

/** A labelled text input with its inline problem (which names the field) right under it. */
export function EditorField({ id, label, value, error, hint, numeric = false, onChange }: Props) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`editor-field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={numeric ? 'numeric' : 'text'}
        spellCheck={false}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {hint && (
        <span className="editor-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="editor-error" id={`${id}-error`}>
          <span aria-hidden="true">✖ </span>
          {error}
        </span>
      )}
    </div>
  );
}

/** A labelled checkbox in the same grid. */
export function EditorCheckbox({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="editor-field editor-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
