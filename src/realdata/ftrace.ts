import { isPowerOfTwo } from '../engine/arith';
import type { AllocOp, Op } from '../engine/types';
import { CONFIG_LIMITS, MAX_LABEL, MAX_OPS } from '../scenario/defaults';
import {
  isEventMentionOnly,
  isFieldContinuation,
  parseEventLine,
  pointerKey,
  signedField,
  unsignedField,
  type TraceEvent,
} from './ftraceLine';
import { splitLines, stripQuoting } from './logLine';

export interface FtraceStats {
  /** percpu trace events seen (alloc, free and fail). */
  events: number;
  allocs: number;
  frees: number;
  matchedFrees: number;
  unmatchedFrees: number;
  /** percpu_alloc_percpu_fail events. */
  failures: number;
  /** Allocation events left out because the scenario format cannot hold them. */
  skippedAllocs: number;
  atomic: number;
  reserved: number;
  /** Replayed allocations the trace never frees. */
  stillAllocated: number;
  /** percpu_create_chunk / percpu_destroy_chunk events (the replay makes its own chunks). */
  createdChunks: number;
  destroyedChunks: number;
  /** Lines that name an event but carry no fields (tables from other tools); not read. */
  rejectedLines: number;
}

export interface ParsedFtrace {
  ops: Op[];
  /** 1-based source line of each op, parallel to ops. */
  sourceLines: number[];
  /**
   * The trace's own `off=` of each alloc op (null for frees and when hidden), parallel to ops:
   * the traced kernel's bitmap allocator chose them; the replay's offsets are 2.6.36's.
   */
  traceOffsets: (number | null)[];
  problems: string[];
  /** What the replay does differently from the traced kernel (not problems of the trace). */
  notes: string[];
  stats: FtraceStats;
}

/** The two identities a traced allocation can be found by again: base_addr+off and ptr. */
function keysOf(event: TraceEvent): string[] {
  const keys: string[] = [];
  const base = pointerKey(event.fields.get('base_addr'));
  const off = signedField(event.fields, 'off');
  if (base !== null && off !== null) keys.push(`base:${base}+${off}`);
  const ptr = pointerKey(event.fields.get('ptr'));
  if (ptr !== null) keys.push(`ptr:${ptr}`);
  return keys;
}

function field(event: TraceEvent, key: string): string {
  return (event.fields.get(key) ?? '?').slice(0, 40);
}

/** Why the scenario format cannot hold this allocation, or null when it can. */
function allocProblem(event: TraceEvent): string | null {
  const size = unsignedField(event.fields, 'size');
  const align = unsignedField(event.fields, 'align');
  if (typeof size !== 'number') return `size is ${size === 'missing' ? 'missing' : `"${field(event, 'size')}"`}`;
  if (typeof align !== 'number') return `align is ${align === 'missing' ? 'missing' : `"${field(event, 'align')}"`}`;
  if (size > CONFIG_LIMITS.allocSize.max) return `size ${field(event, 'size')} is above ${CONFIG_LIMITS.allocSize.max}`;
  if (!isPowerOfTwo(align)) return `align ${field(event, 'align')} is not a power of two`;
  if (align > CONFIG_LIMITS.align.max) return `align ${field(event, 'align')} is above ${CONFIG_LIMITS.align.max}`;
  return null;
}

function labelOf(event: TraceEvent): string | undefined {
  const label = event.fields.get('call_site') || event.task || undefined;
  return label === undefined ? undefined : label.slice(0, MAX_LABEL);
}

/**
 * Turns text output of the percpu trace events into scenario ops: every allocation in
 * order, and every free whose allocation the trace showed. A free is matched by
 * base_addr+off, else by ptr, and never guessed: what cannot be matched is reported.
 */
export function parseFtrace(text: string): ParsedFtrace {
  const ops: Op[] = [];
  const sourceLines: number[] = [];
  const problems: string[] = [];
  const stats: FtraceStats = {
    events: 0,
    allocs: 0,
    frees: 0,
    matchedFrees: 0,
    unmatchedFrees: 0,
    failures: 0,
    skippedAllocs: 0,
    atomic: 0,
    reserved: 0,
    stillAllocated: 0,
    createdChunks: 0,
    destroyedChunks: 0,
    rejectedLines: 0,
  };
  const traceOffsets: (number | null)[] = [];
  /** Live allocation (op index) under each of its keys. */
  const live = new Map<string, number>();
  const liveKeys = new Map<number, string[]>();
  /** Keys of allocations left out, so their frees can say why they are left out too. */
  const skipped = new Map<string, number>();

  const forget = (index: number) => {
    for (const key of liveKeys.get(index) ?? []) if (live.get(key) === index) live.delete(key);
    liveKeys.delete(index);
  };
  const push = (op: Op, lineNo: number, traceOffset: number | null = null) => {
    ops.push(op);
    sourceLines.push(lineNo);
    traceOffsets.push(traceOffset);
  };

  const lines = splitLines(typeof text === 'string' ? text : '');
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const lost = lines[i]!.includes('[LOST ') ? /\[LOST (\d+) EVENTS\]/.exec(lines[i]!) : null;
    if (lost) problems.push(`line ${lineNo}: the trace lost ${lost[1]} events, so some frees may not match`);
    if (isEventMentionOnly(lines[i]!)) {
      stats.rejectedLines++;
      if (stats.rejectedLines <= 3)
        problems.push(
          `line ${lineNo}: names a percpu event but has no event fields (a table from another tool?); not a trace line`,
        );
      continue;
    }
    // An event whose fields a terminal or mail client wrapped onto the next lines: join them.
    let joined = lines[i]!;
    if (parseEventLine(joined)) {
      while (i + 1 < lines.length && isFieldContinuation(lines[i + 1]!)) {
        joined += ' ' + stripQuoting(lines[++i]!).trim();
      }
    }
    const event = parseEventLine(joined);
    if (!event) continue;
    stats.events++;
    if (event.kind === 'create' || event.kind === 'destroy') {
      if (event.kind === 'create') stats.createdChunks++;
      else stats.destroyedChunks++;
      continue;
    }
    if (ops.length >= MAX_OPS) {
      problems.push(`line ${lineNo}: a scenario holds at most ${MAX_OPS} ops; the rest of the trace is left out`);
      break;
    }
    const keys = keysOf(event);

    if (event.kind === 'fail') {
      stats.failures++;
      problems.push(
        `line ${lineNo}: the traced kernel failed an allocation (size=${field(event, 'size')} ` +
          `align=${field(event, 'align')} reserved=${field(event, 'reserved')}); not replayed`,
      );
    } else if (event.kind === 'alloc') {
      stats.allocs++;
      const problem = allocProblem(event);
      if (problem) {
        stats.skippedAllocs++;
        problems.push(`line ${lineNo}: ${problem}; allocation left out`);
        for (const key of keys) skipped.set(key, lineNo);
        continue;
      }
      const index = ops.length;
      const op: AllocOp = {
        op: 'alloc',
        size: unsignedField(event.fields, 'size') as number,
        align: unsignedField(event.fields, 'align') as number,
      };
      if (event.fields.get('reserved') === '1') {
        op.reserved = true;
        stats.reserved++;
      }
      if (event.fields.get('is_atomic') === '1') stats.atomic++;
      const label = labelOf(event);
      if (label) op.label = label;
      for (const key of keys) {
        const earlier = live.get(key);
        if (earlier === undefined) continue;
        problems.push(
          `line ${lineNo}: this allocation has the address of the one from line ${sourceLines[earlier]!}, ` +
            'whose free is not in the trace; that one stays allocated',
        );
        forget(earlier);
      }
      for (const key of keys) {
        live.set(key, index);
        skipped.delete(key);
      }
      liveKeys.set(index, keys);
      if (keys.length === 0) {
        problems.push(`line ${lineNo}: no usable base_addr+off or ptr, so no free can be matched to this allocation`);
      }
      push(op, lineNo, signedField(event.fields, 'off'));
    } else {
      stats.frees++;
      const found = [...new Set(keys.map((k) => live.get(k)).filter((x): x is number => x !== undefined))];
      if (found.length === 1) {
        stats.matchedFrees++;
        forget(found[0]!);
        push({ op: 'free', alloc: found[0]! }, lineNo);
        continue;
      }
      stats.unmatchedFrees++;
      const skippedAt = keys.map((k) => skipped.get(k)).find((x) => x !== undefined);
      const where = `base_addr=${field(event, 'base_addr')} off=${field(event, 'off')} ptr=${field(event, 'ptr')}`;
      if (found.length > 1) {
        problems.push(
          `line ${lineNo}: free (${where}) matches the allocation from line ${sourceLines[found[0]!]!} by one key and ` +
            `line ${sourceLines[found[1]!]!} by another; not replayed`,
        );
      } else if (skippedAt !== undefined) {
        problems.push(`line ${lineNo}: frees the allocation left out at line ${skippedAt}; left out too`);
        for (const key of keys) skipped.delete(key);
      } else if (keys.length === 0) {
        problems.push(`line ${lineNo}: free without a usable base_addr+off or ptr; not replayed`);
      } else {
        problems.push(
          `line ${lineNo}: free (${where}) matches no traced allocation (allocated before tracing ` +
            'started, or freed twice); not replayed',
        );
      }
    }
  }

  stats.stillAllocated = ops.filter((op) => op.op === 'alloc').length - stats.matchedFrees;
  if (stats.atomic > 0) {
    problems.push(
      `${stats.atomic} allocation(s) were atomic (is_atomic=1); 2.6.36 has no atomic path, so they replay as ordinary ones`,
    );
  }
  if (stats.rejectedLines > 3)
    problems.push(`${stats.rejectedLines} lines named an event without its fields; not read`);
  const notes: string[] = [];
  if (stats.createdChunks + stats.destroyedChunks > 0) {
    notes.push(
      `the traced kernel created ${stats.createdChunks} and destroyed ${stats.destroyedChunks} chunk(s); ` +
        "the replay creates and frees chunks by 2.6.36's rules, so its chunks are its own",
    );
  }
  if (ops.length > 0) {
    notes.push(
      "these events exist since 4.13, whose allocator differs from 2.6.36's: the replay's offsets are 2.6.36's; " +
        "the trace's own off= is shown beside each op",
    );
  }
  if (stats.events === 0) problems.push('no percpu_alloc_percpu or percpu_free_percpu events found');
  return { ops, sourceLines, traceOffsets, problems, notes, stats };
}
