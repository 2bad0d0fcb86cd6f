import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { bootProblem as bootProblemOf } from '../../model/run';
import { parseScenario } from '../../scenario/schema';
import type { Config } from '../../engine/types';
import type { Timeline } from '../../engine/timeline';
import { selectScenario, selectTimeline } from '../../store/selectors';
import { configChanges } from '../../editing/configChange';
import { useExplorer } from '../storeContext';
import { checkDraft, draftOf, type ConfigDraft } from '../../editing/configDraft';
import { CONFIG_FIELDS } from '../../editing/configFields';
import './config.css';
import { ConfigField } from './ConfigField';

/**
 * Edit the boot configuration and re-run. The draft keeps exactly what was typed; problems are
 * shown next to their field in the scenario schema's words, and Apply is refused until none are left.
 */
export function ConfigPanel() {
  const scenario = useExplorer(selectScenario);
  const loadScenario = useExplorer((s) => s.loadScenario);
  const [source, setSource] = useState(scenario.config);
  const [draft, setDraft] = useState<ConfigDraft>(() => draftOf(scenario.config));
  const [applyErrors, setApplyErrors] = useState<string[]>([]);
  const [applied, setApplied] = useState<{ config: Config; changes: string[] } | null>(null);
  const timeline = useExplorer(selectTimeline);

  // A scenario loaded from elsewhere (a preset, a link) replaces the draft.
  if (source !== scenario.config) {
    setSource(scenario.config);
    setDraft(draftOf(scenario.config));
    setApplyErrors([]);
  }

  const check = useMemo(() => checkDraft(draft, scenario), [draft, scenario]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(scenario.config));
  const bootProblem = check.ok ? bootProblemOf(check.config) : null;

  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (!check.ok) return;
    const parsed = parseScenario({ ...scenario, config: check.config });
    if (!parsed.ok) {
      setApplyErrors(parsed.errors);
      return;
    }
    setApplyErrors([]);
    const changes = configChanges(scenario.config, parsed.scenario.config);
    loadScenario(parsed.scenario, { history: 'record' });
    setApplied({ config: parsed.scenario.config, changes });
  };
  // What the last Apply did, beside the button (the maps are far above it on a small screen).
  const appliedNow = applied !== null && applied.config === scenario.config ? applied : null;
  const appliedRef = useRef<HTMLParagraphElement>(null);
  // The re-run may move the form (the maps above change size): keep the result where the user looks.
  useEffect(() => {
    if (appliedNow) appliedRef.current?.scrollIntoView({ block: 'nearest' });
  }, [appliedNow]);

  const others = [...(check.ok ? [] : check.otherErrors), ...applyErrors];
  return (
    <form className="config-panel" onSubmit={apply} noValidate aria-label="Boot configuration">
      <div className="config-grid">
        {CONFIG_FIELDS.map((field) => (
          <ConfigField
            key={field.key}
            field={field}
            value={draft[field.key]}
            errors={check.ok ? [] : (check.fieldErrors[field.key] ?? [])}
            onChange={(value) => setDraft((d) => ({ ...d, [field.key]: value }))}
          />
        ))}
      </div>
      {others.length > 0 && (
        <ul className="config-errors" role="alert">
          {others.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {bootProblem && (
        <p className="config-warning" role="status">
          <span aria-hidden="true">⚠ </span>This config will not boot: {bootProblem}.
        </p>
      )}
      <div className="config-actions">
        <button type="submit" disabled={!check.ok || !dirty}>
          Apply
        </button>
        <button type="button" disabled={!dirty} onClick={() => setDraft(draftOf(scenario.config))}>
          Reset
        </button>
        {appliedNow && (
          <p className="config-applied" role="status" data-testid="config-applied" ref={appliedRef}>
            Applied: {appliedNow.changes.join(' · ') || 'no change'}. {outcomeLine(timeline)}{' '}
            <button type="button" onClick={showMaps}>
              Show the maps
            </button>
          </p>
        )}
        <span className="config-state" role="status">
          {!check.ok ? 'Fix the marked fields to apply.' : dirty ? 'Edited: Apply re-runs the scenario.' : ''}
        </span>
      </div>
    </form>
  );
}

/** How the re-run went, in one sentence. */
function outcomeLine(timeline: Timeline): string {
  if (timeline.setupError !== null) return `It does not boot: ${timeline.setupError}.`;
  let failed = 0;
  for (let i = 0; i < timeline.length; i++) if (!timeline.outcome(i).ok) failed++;
  return `Re-ran ${timeline.length} ops: ${failed === 0 ? 'all succeed' : `${failed} fail`}${timeline.crashed ? ', and the boot crashes' : ''}.`;
}

function showMaps(): void {
  const maps = document.querySelector<HTMLElement>('[data-panel="chunks"]');
  maps?.scrollIntoView({ block: 'start' });
  maps?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
}
