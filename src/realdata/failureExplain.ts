import { eraConstants } from '../engine/era';
import type { FailureRecord } from './dmesgTypes';
import type { EraCandidate } from './logEra';

/** What pcpu_alloc's failure reasons mean (mm/percpu.c's `err` strings). */
const REASONS: [RegExp, string][] = [
  [
    /alloc from reserved chunk failed/,
    "a module's static percpu variables (reserved=true) did not fit the reserved area: it is PERCPU_MODULE_RESERVE (8 KiB with modules) and shared by every loaded module",
  ],
  [
    /failed to extend area map of reserved chunk/,
    "the reserved chunk's area map could not grow (its new map is kmalloc'd)",
  ],
  [
    /failed to extend area map/,
    'a chunk needed a bigger area map and the map allocation failed (area-map kernels, up to 4.13)',
  ],
  [/failed to allocate new chunk/, 'no chunk had room and creating a new chunk (vmalloc space) failed'],
  [/failed to populate/, "the chunk's pages could not be allocated or mapped"],
  [/failed to find free area|couldn't find free area/i, 'no chunk had a free area of that size and alignment'],
];

function wordingNote(record: FailureRecord, candidate: EraCandidate | null): string | null {
  if (!candidate || record.form !== 'alloc-failed') return null;
  const later = candidate.era !== '2.6.36' && candidate.era !== '2.6.37';
  if (record.atomic === null && later)
    return `note: ${candidate.label} prints "atomic=" in this line, the log does not`;
  if (record.atomic !== null && !later)
    return `note: ${candidate.label} prints no "atomic=" in this line, the log does`;
  return null;
}

/** One sentence explaining a failure line, in the era's terms. */
export function explainFailure(record: FailureRecord, candidate: EraCandidate | null): string {
  const maxSize = eraConstants(candidate?.era).minUnitSize;
  const notes: string[] = [];
  switch (record.form) {
    case 'illegal': {
      const why: string[] = [];
      if (record.size === 0) why.push('size 0');
      if (record.size !== null && record.size > maxSize)
        why.push(
          `size ${record.size} is above PCPU_MIN_UNIT_SIZE (${maxSize} in ${candidate?.label ?? '2.6.36'}), the largest request`,
        );
      if (record.align !== null && record.align > 4096)
        why.push(`align ${record.align} is above PAGE_SIZE (if the page is 4 KiB)`);
      notes.push(
        `pcpu_alloc refused the request before looking at any chunk: ${why.length ? why.join('; ') : 'size 0, size above PCPU_MIN_UNIT_SIZE, or align above PAGE_SIZE'}`,
      );
      break;
    }
    case 'alloc-failed': {
      const known = REASONS.find(([pattern]) => pattern.test(record.reason ?? ''));
      notes.push(
        `allocation of ${record.size} bytes aligned ${record.align}${record.atomic ? ' (atomic)' : ''} failed: ` +
          (known ? known[1] : `reason "${record.reason}"`),
      );
      const wording = wordingNote(record, candidate);
      if (wording) notes.push(wording);
      break;
    }
    case 'limit':
      notes.push('pcpu_alloc reports only its first 10 failures per boot; later ones are silent');
      break;
    case 'init-failed':
      notes.push(`pcpu_setup_first_chunk's sanity check "${record.reason}" failed: the boot stops here (BUG)`);
      break;
  }
  return notes.join('; ');
}
