import type { Config } from '../engine/types';
import { CONFIG_KEYS } from '../scenario/defaults';

export interface FieldChange {
  field: keyof Config;
  from: string;
  to: string;
}

const text = (value: Config[keyof Config]) => (Array.isArray(value) ? `[${value.join(',')}]` : String(value));

/** The config fields that differ between two configs, in the scenario format's field order. */
export function configChanges(left: Config, right: Config): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of CONFIG_KEYS) {
    const from = text(left[field]);
    const to = text(right[field]);
    if (from !== to) out.push({ field, from, to });
  }
  return out;
}

export function sameConfig(left: Config, right: Config): boolean {
  return configChanges(left, right).length === 0;
}

/** Which allocator a config runs, in words. */
export function variantName(config: Config): string {
  return config.earlyAlloc
    ? 'v2.6.36: early allocation before slab (earlyAlloc true)'
    : 'the parent commit: no early allocation (earlyAlloc false)';
}

/**
 * earlySlots and earlySize only matter with earlyAlloc (formats.md §1): a comparison that
 * changes only them on the pre-change allocator cannot differ.
 */
export function onlyIgnoredFieldsDiffer(left: Config, right: Config): boolean {
  const changes = configChanges(left, right);
  return (
    changes.length > 0 &&
    !left.earlyAlloc &&
    !right.earlyAlloc &&
    changes.every((c) => c.field === 'earlySlots' || c.field === 'earlySize')
  );
}
