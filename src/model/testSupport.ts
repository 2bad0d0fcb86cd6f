import { Timeline, type StepView } from '../engine/timeline';
import type { Scenario } from '../engine/types';

/** The view after `step` steps of a scenario (tests only). */
export function viewAt(scenario: Scenario, step: number): StepView {
  return new Timeline(scenario.config, scenario.ops).view(step);
}
