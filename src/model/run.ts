import { setup, setupError, type SetupResult } from '../engine/setup';
import { Timeline } from '../engine/timeline';
import type { Config, Op } from '../engine/types';

/**
 * The views' way into the engine's runs: a view never calls `setup` or `new Timeline`
 * itself, so every fact it shows comes from one place.
 */

/** A scenario run once (the timeline the stepper, maps and log read). */
export function runScenario(config: Config, ops: readonly Op[]): Timeline {
  return new Timeline(config, ops);
}

/** A config's boot: the state right after setup, or why it does not boot. */
export function bootOf(config: Config): SetupResult {
  return setup(config);
}

/** Why a config does not boot, or null when it does. */
export function bootProblem(config: Config): string | null {
  return setupError(config);
}
