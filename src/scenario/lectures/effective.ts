import type { Scenario } from '../../engine/types';
import { scenarioFileText } from '../fileText';
import { lectureOf, type Lecture } from '../lectureSchema';
import { presetById } from '../presets';
import { BUILTIN_LECTURES } from '.';

const canonical = new WeakMap<Scenario, string>();

/** Same content whatever the key order or object identity (the file text is canonical); cached per object. */
export function sameContent(a: Scenario, b: Scenario): boolean {
  if (a === b) return true;
  const text = (s: Scenario) => {
    let t = canonical.get(s);
    if (t === undefined) canonical.set(s, (t = scenarioFileText(s)));
    return t;
  };
  return text(a) === text(b);
}

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
