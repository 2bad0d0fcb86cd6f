import type { Scenario } from '../engine/types';
import { CURRENT_SCENARIO_VERSION } from '../scenario/eraSchema';
import { parseScenario, type ScenarioParse } from '../scenario/schema';
import type { BootLogCheck, LineStatus } from './checkLog';

/** The verdict in one sentence, naming the rules used. */
export function verdictSentence(check: BootLogCheck): string {
  const rules = check.era
    ? ` with ${check.era === 'before 2.6.36' ? 'the rules before 2.6.36' : `${check.era}'s rules`}`
    : '';
  switch (check.verdict) {
    case 'match':
      return `match: every percpu setup line is reproduced, sizes included${rules}`;
    case 'partial':
      return `partial: every line present is reproduced${rules}, but the log lacks what pins the setup: ${check.missing.join('; ')}`;
    case 'differs': {
      const n = check.lines.filter((l) => l.status === 'differs').length;
      return `differs: ${n} line${n === 1 ? '' : 's'} not reproduced${rules}`;
    }
    case 'no-setup-lines':
      return 'no-setup-lines: the text has no percpu setup line';
  }
}

export const LINE_STATUS_WORDS: Record<LineStatus, string> = {
  match: 'reproduced',
  differs: 'differs',
  unreadable: 'could not be read',
  context: 'read for context',
  failure: 'failure line',
};

/** The reproduced boot as a scenario with no ops, to open in Explore. */
export function reproducedScenario(check: BootLogCheck): ScenarioParse {
  if (!check.config) return { ok: false, errors: ['(log): nothing was reproduced, so there is no boot to open'] };
  const scenario: Omit<Scenario, 'version'> & { version: number } = {
    format: 'percpu-scenario',
    version: CURRENT_SCENARIO_VERSION,
    title: `Boot log (${check.era ?? 'unknown era'})`,
    description: `The first chunk of a pasted boot log, reproduced with ${check.era ?? 'unknown'} rules (verdict: ${check.verdict}).`,
    config: check.config,
    ops: [],
  };
  return parseScenario(scenario);
}
