import type { Lecture } from '../lectureSchema';
import { earlySize } from './earlySize';
import { preChange } from './preChange';
import { the2636Change } from './the2636Change';
import { twoNodeLayout } from './twoNodeLayout';
import { workqueueHeads } from './workqueueHeads';

/** Built-in lectures, by the id of the preset they walk through (used while the preset is unedited). */
export const BUILTIN_LECTURES: Readonly<Record<string, Lecture>> = {
  'early-slot-exhaustion': the2636Change,
  'pre-change-crash': preChange,
  'early-size-exhaustion': earlySize,
  'workqueue-alignment': workqueueHeads,
  'two-node-server': twoNodeLayout,
};
