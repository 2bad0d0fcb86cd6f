import { stripQuoting } from './logLine';

/*
 * The kernel's format strings (include/trace/events/percpu.h):
 *   percpu_alloc_percpu, 4.x/5.x: "reserved=%d is_atomic=%d size=%zu align=%zu base_addr=%p off=%d ptr=%p"
 *   percpu_alloc_percpu, 6.x:     "call_site=%pS reserved=%d is_atomic=%d size=%zu align=%zu base_addr=%p
 *                                  off=%d ptr=%p bytes_alloc=%zu gfp_flags=%s"
 *   percpu_free_percpu:           "base_addr=%p off=%d ptr=%p"
 *   percpu_alloc_percpu_fail:     "reserved=%d is_atomic=%d size=%zu align=%zu"
 *   percpu_create_chunk, percpu_destroy_chunk: "base_addr=%p"
 * (all added in 4.13 by "percpu: add tracepoint support for percpu memory", df95e795a722, one
 * release before the 4.14 bitmap allocator). ftrace prefixes each with "TASK-PID [CPU] FLAGS TIMESTAMP: EVENT: "; perf script with
 * "TASK PID [CPU] TIMESTAMP: percpu:EVENT: ".
 */
const EVENT =
  /\b(?:percpu:)?(percpu_alloc_percpu_fail|percpu_alloc_percpu|percpu_free_percpu|percpu_create_chunk|percpu_destroy_chunk)\s*:/;
const FTRACE_TASK = /^\s*(.*\S)-(\d+)\s+(?:\(\s*[-\d]+\)\s+)?\[\d+\]/;
const PERF_TASK = /^\s*(\S+)\s+(\d+)\s+\[\d+\]/;
/** Where a `key=` starts; a %pS value such as "foo+0x1/0x2 [mod]" holds no such token. */
const KEY = /(?:^|\s)([a-z_]+)=/g;

export type EventKind = 'alloc' | 'free' | 'fail' | 'create' | 'destroy';

export interface TraceEvent {
  kind: EventKind;
  /** The task column (comm), or null when the line has none. */
  task: string | null;
  fields: Map<string, string>;
}

const KINDS: Record<string, EventKind> = {
  percpu_alloc_percpu: 'alloc',
  percpu_free_percpu: 'free',
  percpu_alloc_percpu_fail: 'fail',
  percpu_create_chunk: 'create',
  percpu_destroy_chunk: 'destroy',
};

const EVENT_NAME =
  /\b(?:percpu_alloc_percpu_fail|percpu_alloc_percpu|percpu_free_percpu|percpu_create_chunk|percpu_destroy_chunk)\b/;

/** A wrapped-off tail of an event line: only `key=value` tokens (call_site values may hold spaces). */
const FIELDS_ONLY = /^\s*(?:>\s*)*[a-z_]+=\S*(?:\s+\S+)*\s*$/;

export function isFieldContinuation(line: string): boolean {
  return FIELDS_ONLY.test(line) && !EVENT.test(line) && /^\s*(?:>\s*)*[a-z_]+=/.test(line);
}

/**
 * A line that names a percpu event but has none of its fields: a count table from perf,
 * bpftrace or a script (`percpu_alloc_percpu: 1234`), not a trace line.
 */
export function isEventMentionOnly(line: string): boolean {
  const text = stripQuoting(line);
  if (text.trimStart().startsWith('#')) return false;
  const name = EVENT_NAME.exec(text);
  return name !== null && !/[a-z_]+=/.test(text.slice(name.index + name[0].length));
}
/** Splits `a=1 b=x y c=3` into fields; a value runs up to the next key. */
export function parseFields(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  const starts: { key: string; at: number; valueAt: number }[] = [];
  for (const m of text.matchAll(KEY)) starts.push({ key: m[1]!, at: m.index, valueAt: m.index + m[0].length });
  starts.forEach((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.at : text.length;
    if (!fields.has(s.key)) fields.set(s.key, text.slice(s.valueAt, end).trim());
  });
  return fields;
}

/** One percpu trace event, or null for any other line. */
export function parseEventLine(line: string): TraceEvent | null {
  const text = stripQuoting(line);
  const event = EVENT.exec(text);
  if (!event || isEventMentionOnly(line)) return null;
  const before = text.slice(0, event.index);
  const task = FTRACE_TASK.exec(before) ?? PERF_TASK.exec(before);
  return {
    kind: KINDS[event[1]!]!,
    task: task ? task[1]!.trim() : null,
    fields: parseFields(text.slice(event.index + event[0].length)),
  };
}

/**
 * A pointer as a matching key: hex digits, lower case, without 0x or leading zeros. Null
 * for NULL and for values the kernel hid ("(____ptrval____)"), which cannot identify anything.
 */
export function pointerKey(value: string | undefined): string | null {
  if (value === undefined) return null;
  const hex = /^(?:0x)?([0-9a-f]+)$/i.exec(value.trim());
  if (!hex) return null;
  const digits = hex[1]!.toLowerCase().replace(/^0+/, '');
  return digits === '' ? null : digits;
}

/** A decimal field: its value, 'missing', or 'bad' with the text. */
export function unsignedField(fields: Map<string, string>, key: string): number | 'missing' | 'bad' {
  const value = fields.get(key);
  if (value === undefined || value === '') return 'missing';
  if (!/^\d+$/.test(value)) return 'bad';
  return Number(value);
}

export function signedField(fields: Map<string, string>, key: string): number | null {
  const value = fields.get(key);
  return value !== undefined && /^-?\d+$/.test(value) ? Number(value) : null;
}
