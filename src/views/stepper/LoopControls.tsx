import { useState } from 'react';
import { selectLength, selectLoop, selectStep } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import { loopProblem } from '../../model/loopRange';
import './loopControls.css';

/** Loop playback over a range of steps: typed bounds, or "loop from here" to the end. */
export function LoopControls() {
  const step = useExplorer(selectStep);
  const length = useExplorer(selectLength);
  const loop = useExplorer(selectLoop);
  const setLoop = useExplorer((s) => s.setLoop);
  const [from, setFrom] = useState('0');
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const start = (a: number, b: number) => {
    const why = loopProblem(a, b, length);
    setProblem(why);
    if (!why) setLoop({ from: a, to: b });
  };
  const toValue = to === '' ? length : Number(to);

  return (
    <fieldset className="loop-controls">
      <legend>Loop</legend>
      <label>
        from{' '}
        <input
          type="number"
          min={0}
          max={length}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          aria-label="Loop from step"
        />
      </label>
      <label>
        to{' '}
        <input
          type="number"
          min={0}
          max={length}
          value={to}
          placeholder={String(length)}
          onChange={(e) => setTo(e.target.value)}
          aria-label="Loop to step"
        />
      </label>
      {loop ? (
        <button type="button" aria-pressed="true" onClick={() => setLoop(null)}>
          Stop loop ({loop.from}–{loop.to})
        </button>
      ) : (
        <button type="button" aria-pressed="false" onClick={() => start(Number(from), toValue)}>
          Loop range
        </button>
      )}
      <button
        type="button"
        onClick={() => {
          const end = toValue > step ? toValue : length;
          setFrom(String(step));
          setTo(String(end));
          start(step, end);
        }}
      >
        Loop from here
      </button>
      {problem && (
        <span className="field-error" role="alert">
          {problem}
        </span>
      )}
    </fieldset>
  );
}
