import type { Scenario } from '../../engine/types';
import { lectureOf, type Lecture } from '../lectureSchema';
import { presetById } from '../presets';
import { BUILTIN_LECTURES } from '.';

const sameContent = (a: Scenario, b: Scenario) =>
  a === b || JSON.stringify([a.title, a.config, a.ops]) === JSON.stringify([b.title, b.config, b.ops]);

/**
 * The lecture shown for a scenario: its own, else the built-in one of the preset it is (while
 * unedited: a built-in lecture's steps and numbers are only true of the preset as shipped).
 */
export function effectiveLecture(scenario: Scenario, presetId: string | null): Lecture | undefined {
  const own = lectureOf(scenario);
  if (own) return own;
  if (presetId === null) return undefined;
  const preset = presetById(presetId);
  const builtin = BUILTIN_LECTURES[presetId];
  return preset && builtin && sameContent(preset.scenario, scenario) ? builtin : undefined;
}
