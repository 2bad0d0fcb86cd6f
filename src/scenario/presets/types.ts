import type { Scenario } from '../../engine/types';

/** A ready-made scenario with the words an instructor needs to introduce it. */
export interface Preset {
  id: string;
  title: string;
  /** One paragraph: what to watch for. */
  description: string;
  scenario: Scenario;
}
