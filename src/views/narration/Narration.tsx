import { useMemo } from 'react';
import { isEdited, machineSummary, originPreset } from '../../scenario/scenarioIdentity';
import { selectPlaying, selectScenario, selectTimeline, selectView } from '../../store/selectors';
import { linkTerms } from '../glossary/linkTerms';
import { useExplorer } from '../storeContext';
import { narrate } from '../../narration/narrate';
import './narration.css';

/** "What happened": the current step in plain sentences, announced politely to screen readers. */
export function Narration() {
  const view = useExplorer(selectView);
  const scenario = useExplorer(selectScenario);
  const timeline = useExplorer(selectTimeline);
  const playing = useExplorer(selectPlaying);
  const presetId = useExplorer((s) => s.presetId);
  const sentences = useMemo(
    () =>
      view
        ? narrate({ step: view.step, ops: scenario.ops, outcome: view.outcome, events: view.events, state: view.state })
        : [],
    [view, scenario.ops],
  );
  const origin = originPreset(scenario, presetId);
  // An edited preset's own description ("a 4-CPU box") may no longer be true: say what it is now.
  const about = origin
    ? isEdited(scenario, origin)
      ? `Edited from the preset “${origin.title}”: now ${machineSummary(scenario.config)}. Reset to preset brings the original back.`
      : origin.description
    : scenario.description;

  if (timeline.setupError !== null) {
    return (
      <div className="narration" aria-live="polite">
        <p>Setup fails, so nothing runs: {timeline.setupError}.</p>
      </div>
    );
  }
  const [headline, ...rest] = sentences;
  return (
    <div className="narration">
      {view?.step === 0 && about && <p className="narration-about">{about}</p>}
      {/* While playing, steps change faster than anyone can listen: announce only when paused. */}
      <div aria-live={playing ? 'off' : 'polite'} aria-atomic="true" data-testid="narration">
        {headline && <p className="narration-headline">{linkTerms(headline)}</p>}
        {rest.length > 0 && (
          <ul className="narration-steps">
            {rest.map((s, i) => (
              <li key={i} className={s.startsWith('→') ? 'narration-outcome' : undefined}>
                {linkTerms(s)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
