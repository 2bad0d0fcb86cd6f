import { Timeline, type StepView } from '../engine/timeline';
import type { Config, Scenario } from '../engine/types';
import { SMALL_PAGE_ATOM } from '../scenario/presets/slotsAndReclaim';

/** The view after `step` steps of a scenario (tests only). */
export function viewAt(scenario: Scenario, step: number): StepView {
  return new Timeline(scenario.config, scenario.ops).view(step);
}

/** allocator.md §11 Example 7 (cpus 2, S 4096, R 0, D 12288, page atom; unit 65536, 16 slots): the slots preset's box. */
export const EXAMPLE_7_CONFIG: Config = SMALL_PAGE_ATOM;

/** allocator.md §11 Example 8: Example 7's allocator on 4 CPUs of 2 nodes with an 8 KiB reserved chunk. */
export const EXAMPLE_8_CONFIG: Config = {
  ...EXAMPLE_7_CONFIG,
  cpus: 4,
  cpuToNode: [0, 0, 1, 1],
  staticSize: 40960,
  reservedSize: 8192,
  dynSize: 20480,
  atomSize: 2097152,
};
