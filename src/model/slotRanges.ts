import { SMALL_AREA_BYTES } from '../engine/constants';

export type SlotServes =
  | { kind: 'unusable' }
  | { kind: 'sizes'; min: number; max: number }
  | { kind: 'none' }
  | { kind: 'fully-free'; size: number };

/**
 * What slot s holds: chunks whose free size falls in its range, and the first slot a request
 * of such a size scans. Slot 0 holds chunks that cannot serve even an int; slot 1 sizes 1–15;
 * slot s ≥ 2 sizes 2^(s+2) … 2^(s+3)−1; the last slot a whole unit (fully free chunks).
 * A range beyond unitSize−1 holds nothing (only a fully free chunk has that much room).
 */
export function slotServes(slot: number, nrSlots: number, unitSize: number): SlotServes {
  if (slot === 0) return { kind: 'unusable' };
  if (slot === nrSlots - 1) return { kind: 'fully-free', size: unitSize };
  const min = slot === 1 ? 1 : 2 ** (slot + 2);
  const max = Math.min(2 ** (slot + 3) - 1, unitSize - 1);
  return min > max ? { kind: 'none' } : { kind: 'sizes', min, max };
}

export function slotServesText(serves: SlotServes): string {
  switch (serves.kind) {
    case 'unusable':
      return `free or contig < ${SMALL_AREA_BYTES} bytes`;
    case 'sizes':
      return `${serves.min}–${serves.max} bytes`;
    case 'none':
      return 'no size below the unit size';
    case 'fully-free':
      return `fully free (${serves.size} bytes)`;
  }
}

export type SlotEntry = { kind: 'slot'; slot: number; chunks: number[] } | { kind: 'empty'; from: number; to: number };

/** Non-empty slots one by one; each run of empty slots as one entry (from..to inclusive). */
export function compactSlots(slots: readonly (readonly number[])[]): SlotEntry[] {
  const out: SlotEntry[] = [];
  slots.forEach((chunks, slot) => {
    const last = out[out.length - 1];
    if (chunks.length > 0) out.push({ kind: 'slot', slot, chunks: [...chunks] });
    else if (last && last.kind === 'empty' && last.to === slot - 1) last.to = slot;
    else out.push({ kind: 'empty', from: slot, to: slot });
  });
  return out;
}
