import './eraBanner.css';
import { useState } from 'react';
import type { Era } from '../../engine/era';
import { ERAS } from '../../model/eras';
import { applyEraChoice, eraChoiceOf, type EraChoice } from '../../scenario/eraChoice';
import { CURRENT_SCENARIO_VERSION, parseScenario } from '../../scenario/schema';
import { selectScenario } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import { ProblemList } from './ProblemList';

const ERA_WORDS: Record<Era, string> = {
  '2.6.36': '2.6.36 (the model’s kernel)',
  '2.6.37': '2.6.37 to 3.17 (32 KiB minimum unit, UP)',
  '3.18': '3.18 to 4.13 (28 KiB / 20 KiB dynamic reserve)',
  '4.14': '4.14 to 6.1 (bitmap allocator)',
  '6.2': '6.2 and later (20 KiB early size)',
};

/** Which kernel's first-chunk constants setup uses; applying it sets earlySize and dynSize too. */
export function EraPicker() {
  const scenario = useExplorer(selectScenario);
  const loadScenario = useExplorer((s) => s.loadScenario);
  const current = eraChoiceOf(scenario.config);
  const [choice, setChoice] = useState<EraChoice>(current);
  const [errors, setErrors] = useState<string[]>([]);
  const [source, setSource] = useState(scenario.config);
  if (source !== scenario.config) {
    setSource(scenario.config);
    setChoice(eraChoiceOf(scenario.config));
  }
  const dirty = JSON.stringify(choice) !== JSON.stringify(current);
  const apply = () => {
    const config = applyEraChoice(scenario.config, choice);
    const parsed = parseScenario({ ...scenario, version: CURRENT_SCENARIO_VERSION, config });
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors([]);
    loadScenario(parsed.scenario, { history: 'record' });
  };
  return (
    <fieldset className="era-picker">
      <legend>Kernel era</legend>
      <label>
        Era{' '}
        <select value={choice.era} onChange={(e) => setChoice({ ...choice, era: e.target.value as Era })}>
          {ERAS.map((era) => (
            <option key={era} value={era}>
              {ERA_WORDS[era]}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        First chunk{' '}
        <select
          value={choice.firstChunk}
          onChange={(e) => setChoice({ ...choice, firstChunk: e.target.value as EraChoice['firstChunk'] })}
        >
          <option value="embed">embed</option>
          <option value="page">page (percpu_alloc=page)</option>
        </select>
      </label>{' '}
      <label>
        Word size{' '}
        <select
          value={choice.wordBits}
          onChange={(e) => setChoice({ ...choice, wordBits: Number(e.target.value) as 64 | 32 })}
        >
          <option value={64}>64-bit</option>
          <option value={32}>32-bit</option>
        </select>
      </label>{' '}
      <label>
        <input type="checkbox" checked={choice.up} onChange={(e) => setChoice({ ...choice, up: e.target.checked })} />{' '}
        Uniprocessor kernel
      </label>{' '}
      <button type="button" disabled={!dirty} onClick={apply}>
        Set era
      </button>
      <ProblemList title="Era errors" problems={errors} />
    </fieldset>
  );
}
