import { useId, useState } from 'react';
import { readTextFile } from './readTextFile';

interface Props {
  /** Label of the paste box. */
  label: string;
  /** Label of the file picker, for people and tests. */
  fileLabel: string;
  placeholder: string;
  /** Label of the button that reads the pasted text ("Read log"). */
  readLabel: string;
  /** Label of the button that loads the example ("Try an example log"). */
  exampleLabel: string;
  /** The example text that button puts into the box and reads. */
  example: string;
  /** Called with the text to read: the box's on Read, a picked file's (also put into the box), or the example. */
  onRead: (text: string) => void;
}

/**
 * A paste box with a file picker beside it, a Read button and an example to try. Typing only
 * edits the box; nothing is read until the person asks. A file that cannot be read says why.
 */
export function PasteOrPickFile({ label, fileLabel, placeholder, readLabel, exampleLabel, example, onRead }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const show = (value: string) => {
    setText(value);
    onRead(value);
  };
  return (
    <>
      <div className="text-source">
        <label htmlFor={`${id}-text`}>{label}</label>
        <textarea
          id={`${id}-text`}
          value={text}
          onChange={(e) => setText(e.target.value)}
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
              show(read.text);
            }}
          />
        </label>
        {fileError && (
          <p className="realdata-error" role="alert">
            {fileError}
          </p>
        )}
      </div>
      <div className="realdata-actions">
        <button type="button" onClick={() => onRead(text)}>
          {readLabel}
        </button>
        <button type="button" onClick={() => show(example)}>
          {exampleLabel}
        </button>
      </div>
    </>
  );
}
