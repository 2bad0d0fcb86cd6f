import { visibleText } from './visibleText';

/** Names a value the way an error message should show it: short, typed, never markup. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the text ${visibleText(JSON.stringify(shorten(value, 20)))}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** Cuts text to `max` characters with an ellipsis, so one bad value cannot flood a message. */
export function shorten(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) + '…' : text;
}

/** 65536 -> "65,536"; locale-independent so messages read the same everywhere. */
export function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
