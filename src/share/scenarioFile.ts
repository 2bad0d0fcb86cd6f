import { serializeTrace } from '../engine/trace';
import type { Scenario } from '../engine/types';

// The scenario file's canonical text is part of the scenario format; it is re-exported here
// beside the other file helpers.
export { scenarioFileText } from '../scenario/fileText';

/** The trace in the pieces the replay command writes (joined, byte-identical to its output). */
export function traceFileParts(scenario: Scenario): string[] {
  return [...serializeTrace(scenario.config, scenario.ops)];
}

const MAX_STEM = 60;

/** A file name stem from the title: "Two nodes, one module" -> "two-nodes-one-module". */
export function fileStem(title: string | undefined): string {
  const stem = (title ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_STEM)
    .replace(/^-+|-+$/g, '');
  return stem === '' ? 'scenario' : stem;
}
