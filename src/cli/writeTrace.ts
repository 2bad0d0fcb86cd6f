/**
 * The trace file, fast: the same bytes as serializeTrace (JSON.stringify(trace, null, 2)
 * plus a newline), written as bytes into large buffers instead of one string per step.
 * A step's chunk summaries are most of a trace and mostly unchanged from the step before,
 * so each chunk's rendered summary is kept and reused while its six numbers stay the same,
 * and a step reaches the buffer as one string write. See docs/engine-performance.md.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { areaOf } from '../engine/chunkArea';
import { chunkSlot } from '../engine/slots';
import { indent, traceRun } from '../engine/trace';
import type { Config, EngineState, Op, StepOutcome } from '../engine/types';

const BUFFER_BYTES = 1 << 22;

/** Bytes gathered into big buffers and handed to the stream with backpressure. */
class ByteSink {
  private buf: Buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  private readonly out: Writable;
  private pending: Promise<void> | null = null;

  constructor(out: Writable) {
    this.out = out;
  }

  text(s: string): void {
    if (s.length * 3 > this.buf.length - this.used) this.flushSoon();
    if (s.length * 3 > this.buf.length) {
      this.out.write(s);
      return;
    }
    this.used += this.buf.write(s, this.used, 'utf8');
  }

  bytes(b: Buffer): void {
    if (b.length > this.buf.length - this.used) this.flushSoon();
    if (b.length > this.buf.length) {
      this.out.write(Buffer.from(b));
      return;
    }
    this.used += b.copy(this.buf, this.used);
  }

  /**
   * Room for `bytes` more in the current buffer (a fresh one if needed): where to write them.
   * A buffer handed to the stream is never written again, so bytes already in it stay
   * readable (SummaryBlock copies from the previous step's block wherever it lies).
   */
  room(bytes: number): { buf: Buffer; at: number } {
    if (bytes > this.buf.length - this.used) this.flushSoon();
    return { buf: this.buf, at: this.used };
  }

  /** The caller wrote up to `end` in the buffer room() gave. */
  advance(end: number): void {
    this.used = end;
  }

  get full(): boolean {
    return this.used > BUFFER_BYTES - (1 << 16);
  }

  /** Hands the filled part to the stream and starts a fresh buffer. */
  private flushSoon(): void {
    if (this.used === 0) return;
    const ok = this.out.write(this.buf.subarray(0, this.used));
    this.buf = Buffer.allocUnsafe(BUFFER_BYTES);
    this.used = 0;
    if (!ok && !this.pending) this.pending = once(this.out, 'drain').then(() => void (this.pending = null));
  }

  /** Flushes, then waits while the stream asks for it. */
  async flush(): Promise<void> {
    this.flushSoon();
    if (this.pending) await this.pending;
  }
}

/** One chunk summary at the indentation of a step's "chunks" array, without separators. */
function summaryText(
  id: number,
  mapUsed: number,
  mapAlloc: number,
  contigHint: number,
  freeSize: number,
  slot: number,
): string {
  return (
    `        {\n          "id": ${id},\n          "mapUsed": ${mapUsed},\n          "mapAlloc": ${mapAlloc},\n` +
    `          "contigHint": ${contigHint},\n          "freeSize": ${freeSize},\n          "slot": ${slot}\n        }`
  );
}

function stepHead(outcome: StepOutcome): string {
  let s =
    `    {\n      "index": ${outcome.index},\n      "op": ${JSON.stringify(outcome.op)},\n      "ok": ${outcome.ok},\n` +
    `      "chunk": ${outcome.chunk},\n      "offset": ${outcome.offset},\n      "error": ${JSON.stringify(outcome.error)},\n`;
  if (outcome.dmesg.length === 0) s += '      "dmesg": [],\n';
  else
    s += `      "dmesg": [\n${outcome.dmesg.map((line) => `        ${JSON.stringify(line)}`).join(',\n')}\n      ],\n`;
  return s;
}

const FIELDS = 6;
/** The longest a number prints in JavaScript ("-1.7976931348623157e+308"). */
const NUMBER_CHARS = 24;
/** An upper bound on one rendered summary plus its separator. */
const SUMMARY_BOUND = summaryText(0, 0, 0, 0, 0, 0).length - FIELDS + FIELDS * NUMBER_CHARS + 2;

/**
 * The bytes of a step's chunk summaries (joined by ",\n"), built from the previous step's
 * bytes: runs of chunks whose six numbers did not change are copied as one block, and only
 * changed chunks are rendered again. A step usually changes one chunk, so it costs a few
 * copies however many chunks there are. The block is written straight into the output
 * buffer, and the next step copies its unchanged runs from there.
 */
class SummaryBlock {
  /** Where the previous step's block lies (an output buffer, possibly already flushed). */
  private prev: Buffer = Buffer.alloc(0);
  private prevBytes = 0;
  /** Per chunk position: id, mapUsed, mapAlloc, contigHint, freeSize, slot. */
  private keys = new Float64Array(0);
  private spareKeys = new Float64Array(0);
  /** Per chunk position: where its summary starts and ends in `prev`. */
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
  private spareStarts = new Int32Array(0);
  private spareEnds = new Int32Array(0);
  private count = 0;

  /** The block being built. */
  private out: Buffer = this.prev;
  private used = 0;

  /** Bytes the next block of `chunks` summaries can take at most. */
  bound(chunks: number): number {
    return this.prevBytes + chunks * SUMMARY_BOUND;
  }

  /** Writes the block into `out` from `at` (with room for bound() bytes); returns its end. */
  write(state: EngineState, out: Buffer, at: number): number {
    const chunks = state.chunks;
    const n = chunks.length;
    if (this.spareKeys.length < n * FIELDS) {
      const size = Math.max(n * 2, 16);
      this.spareKeys = new Float64Array(size * FIELDS);
      this.spareStarts = new Int32Array(size);
      this.spareEnds = new Int32Array(size);
    }
    const oldKeys = this.keys;
    const keys = this.spareKeys;
    this.out = out;
    this.used = at;
    /** A run of unchanged chunks at positions [runFrom, k) waiting to be copied. */
    let runFrom = -1;
    for (let k = 0; k < n; k++) {
      const c = chunks[k]!;
      const base = k * FIELDS;
      keys[base] = c.id;
      keys[base + 1] = areaOf(c).length;
      keys[base + 2] = c.mapAlloc;
      keys[base + 3] = c.contigHint;
      keys[base + 4] = c.freeSize;
      keys[base + 5] = chunkSlot(state, c);
      let same = k < this.count;
      for (let f = 0; same && f < FIELDS; f++) same = oldKeys[base + f] === keys[base + f];
      if (same) {
        if (runFrom < 0) {
          if (k > 0) this.separator();
          runFrom = k;
        }
        continue;
      }
      if (runFrom >= 0) this.copyRun(runFrom, k);
      runFrom = -1;
      if (k > 0) this.separator();
      const text = summaryText(c.id, keys[base + 1]!, c.mapAlloc, c.contigHint, c.freeSize, keys[base + 5]!);
      this.spareStarts[k] = this.used;
      this.used += this.out.write(text, this.used, 'latin1');
      this.spareEnds[k] = this.used;
    }
    if (runFrom >= 0) this.copyRun(runFrom, n);
    this.prev = out;
    this.prevBytes = this.used - at;
    this.spareKeys = oldKeys;
    this.keys = keys;
    [this.starts, this.spareStarts] = [this.spareStarts, this.starts];
    [this.ends, this.spareEnds] = [this.spareEnds, this.ends];
    this.count = n;
    return this.used;
  }

  /** Copies the old bytes of positions [from, to) and notes where they now are. */
  private copyRun(from: number, to: number): void {
    const start = this.starts[from]!;
    const bytes = this.ends[to - 1]! - start;
    this.prev.copy(this.out, this.used, start, start + bytes);
    const shift = this.used - start;
    for (let j = from; j < to; j++) {
      this.spareStarts[j] = this.starts[j]! + shift;
      this.spareEnds[j] = this.ends[j]! + shift;
    }
    this.used += bytes;
  }

  private separator(): void {
    this.out[this.used++] = 0x2c; // ,
    this.out[this.used++] = 0x0a; // \n
  }
}

/** The biggest block written straight into the output buffer; anything larger gets its own. */
const IN_PLACE_BYTES = BUFFER_BYTES >> 2;

/** Writes the whole trace of a scenario to `out` (which the caller ends). */
export async function writeTrace(out: Writable, config: Config, ops: Op[]): Promise<void> {
  const run = traceRun(config, ops);
  const sink = new ByteSink(out);
  sink.text(
    `{\n  "format": "percpu-trace",\n  "version": 1,\n  "setup": ${indent(JSON.stringify(run.setup, null, 2), 2)},\n  "steps": [`,
  );
  const block = new SummaryBlock();
  let first = true;
  for (let outcome = run.next(); outcome; outcome = run.next()) {
    sink.text((first ? '\n' : ',\n') + stepHead(outcome));
    if (run.state!.chunks.length === 0) sink.text('      "chunks": []\n    }');
    else {
      sink.text('      "chunks": [\n');
      const need = block.bound(run.state!.chunks.length);
      if (need <= IN_PLACE_BYTES) {
        const { buf, at } = sink.room(need);
        sink.advance(block.write(run.state!, buf, at));
      } else {
        const own = Buffer.allocUnsafe(need);
        sink.bytes(own.subarray(0, block.write(run.state!, own, 0)));
      }
      sink.text('\n      ]\n    }');
    }
    first = false;
    if (sink.full) await sink.flush();
  }
  sink.text(first ? '],\n' : '\n  ],\n');
  sink.text(`  "final": ${indent(JSON.stringify(run.final(), null, 2), 2)}\n}\n`);
  await sink.flush();
}
