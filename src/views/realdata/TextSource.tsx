import { useId, useState } from 'react';
import { readTextFile } from './readTextFile';

interface Props {
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** Called with a picked file's text, after it has been put into the box. */
  onFile: (text: string) => void;
  placeholder: string;
  /** Label of the file picker, for people and tests. */
  fileLabel: string;
}

/** A paste box with a file picker beside it; a file that cannot be read says why. */
export function TextSource({ label, value, onChange, onFile, placeholder, fileLabel }: Props) {
  const id = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  return (
    <div className="text-source">
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        rows={8}
        spellCheck={false}
        autoComplete="off"
      />
      <label className="file-pick">
        {fileLabel}{' '}
        <input
          type="file"
          accept=".txt,.log,text/plain"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            const read = await readTextFile(file);
            input.value = '';
            if (!read.ok) {
              setFileError(read.error);
              return;
            }
            setFileError(null);
            onChange(read.text);
            onFile(read.text);
          }}
        />
      </label>
      {fileError && (
        <p className="realdata-error" role="alert">
          {fileError}
        </p>
      )}
    </div>
  );
}
