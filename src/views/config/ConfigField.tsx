import type { FieldInfo } from '../../editing/configFields';

interface Props {
  field: FieldInfo;
  value: string;
  errors: string[];
  onChange: (value: string) => void;
}

/** One labelled config input with its range and, when wrong, the reason next to it. */
export function ConfigField({ field, value, errors, onChange }: Props) {
  const id = `config-${field.key}`;
  const describedBy = `${id}-range${errors.length ? ` ${id}-error` : ''}`;
  const invalid = errors.length > 0;
  return (
    <div className={`config-field${invalid ? ' invalid' : ''}`}>
      <label htmlFor={id}>{field.label}</label>
      {field.kind === 'select' ? (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy}>
          {field.options!.map((o) => (
            <option key={o.value} value={o.value}>
              {o.text}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type="text"
          inputMode={field.key === 'cpuToNode' ? 'text' : 'numeric'}
          spellCheck={false}
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        />
      )}
      <span className="config-range" id={`${id}-range`}>
        {field.range}
      </span>
      {invalid && (
        <span className="field-error" id={`${id}-error`}>
          <span aria-hidden="true">✖ </span>
          {errors.join('; ')}
        </span>
      )}
    </div>
  );
}
