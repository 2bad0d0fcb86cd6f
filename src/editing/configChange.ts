import type { Config } from '../engine/types';
import { CONFIG_FIELDS } from './configFields';

const shown = (v: Config[keyof Config]): string =>
  Array.isArray(v) ? (v.length > 0 ? v.join(',') : 'all node 0') : String(v);

/** "CPUs 4 → 8": one line per field Apply changed, in the form's words and order. */
export function configChanges(before: Config, after: Config): string[] {
  return CONFIG_FIELDS.filter((f) => shown(before[f.key]) !== shown(after[f.key])).map(
    (f) => `${f.label} ${shown(before[f.key])} → ${shown(after[f.key])}`,
  );
}
