import { Timeline, type StepView } from '../engine/timeline';
import type { Config, Scenario } from '../engine/types';

/** The view after `step` steps of a scenario (tests only). */
export function viewAt(scenario: Scenario, step: number): StepView {
  return new Timeline(scenario.config, scenario.ops).view(step);
}

/** allocator.md §11 Example 7: cpus 2, S 4096, R 0, D 12288, page atom; unit 65536, 16 slots. */
export const EXAMPLE_7_CONFIG: Config = {
  earlyAlloc: true,
  pageSize: 4096,
  cpus: 2,
  cpuToNode: [0, 0],
  staticSize: 4096,
  reservedSize: 0,
  dynSize: 12288,
  atomSize: 4096,
  earlySize: 12288,
  earlySlots: 128,
};
