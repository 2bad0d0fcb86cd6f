import { OWNER_FREE, OWNER_STATIC, OWNER_STATIC_AND_RESERVED } from '../engine/types';

/** Small wording helpers shared by the narration sentences. */

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2, 3 and 4" */
export function listOf(items: readonly (string | number)[]): string {
  if (items.length <= 1) return items.map(String).join('');
  return `${items.slice(0, -1).join(', ')} and ${String(items[items.length - 1])}`;
}

/** Curly quotes around user text; the text is rendered as text by React, never as markup. */
export const quoted = (text: string) => `“${text}”`;

/** Who owns the area a head was given to. */
export function ownerName(owner: number): string {
  if (owner >= 0) return `the allocation of op #${owner}`;
  if (owner === OWNER_STATIC) return 'the static area';
  if (owner === OWNER_STATIC_AND_RESERVED) return 'the static + reserved block';
  if (owner === OWNER_FREE) return 'the free area before it';
  return 'the area before it';
}

export const pages = (from: number, to: number) => (to - from === 1 ? `page ${from}` : `pages ${from}–${to - 1}`);
