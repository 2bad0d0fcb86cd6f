import { OWNER_FREE, OWNER_STATIC, OWNER_STATIC_AND_RESERVED } from '../engine/types';
import { CELL_ALLOCATED, CELL_FREED, CELL_GROWN, CELL_INSERTED, CELL_SLID, type MapArray } from './mapArray';

const MARK_WORDS: Record<number, string> = {
  [CELL_ALLOCATED]: 'allocated this step',
  [CELL_INSERTED]: 'inserted by this step’s split',
  [CELL_SLID]: 'moved along by this step',
  [CELL_FREED]: 'freed this step',
  [CELL_GROWN]: 'added by this step’s extension',
};

function ownerWords(owner: number): string {
  if (owner === OWNER_FREE) return 'free';
  if (owner === OWNER_STATIC) return 'static area';
  if (owner === OWNER_STATIC_AND_RESERVED) return 'static + reserved';
  return `allocated by op ${owner}`;
}

/** The accessible name of cell `i`: its index and value, then what it is. */
export function describeCell(array: MapArray, i: number): string {
  const mark = MARK_WORDS[array.marks[i] ?? 0];
  if (i >= array.used) return `entry ${i}: unused${mark ? `, ${mark}` : ''}`;
  const value = array.values[i]!;
  const bytes = Math.abs(value);
  const what = value < 0 ? `${bytes} bytes ${ownerWords(array.owners[i]!)}` : `${bytes} bytes free`;
  return `entry ${i}: ${value} (${what}${mark ? `, ${mark}` : ''})`;
}

export const STORAGE_WORDS = {
  __initdata: '__initdata',
  static: 'static array',
  kmalloc: 'kmalloc',
  vmalloc: 'vmalloc',
} as const;

/** "__initdata int[128] = 512 B" */
export function storageLine(array: MapArray): string {
  return `${STORAGE_WORDS[array.storage]} int[${array.capacity}] = ${array.capacity} × 4 = ${array.bytes} B`;
}
