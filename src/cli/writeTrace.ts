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

/**
 * The bytes of a step's chunk summaries (joined by ",\n"), built from the previous step's
 * bytes: runs of chunks whose six numbers did not change are copied as one block, and only
 * changed chunks are rendered again. A step usually changes one chunk, so it costs a few
 * copies however many chunks there are.
 */
class SummaryBlock {
  private bytes: Buffer = Buffer.allocUnsafe(1 << 16);
  private spare: Buffer = Buffer.allocUnsafe(1 << 16);
  /** Per chunk position: id, mapUsed, mapAlloc, contigHint, freeSize, slot. */
  private keys = new Float64Array(0);
  private spareKeys = new Float64Array(0);
  /** Per chunk position: where its summary starts and ends in `bytes`. */
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
  private spareStarts = new Int32Array(0);
  private spareEnds = new Int32Array(0);
  private count = 0;

  /** The block being built. */
  private out: Buffer = this.spare;
  private used = 0;

  update(state: EngineState): Buffer {
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
    this.out = this.spare;
    this.used = 0;
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
      this.reserve(text.length);
      this.spareStarts[k] = this.used;
      this.used += this.out.write(text, this.used, 'latin1');
      this.spareEnds[k] = this.used;
    }
    if (runFrom >= 0) this.copyRun(runFrom, n);
    const out = this.out;
    this.spare = this.bytes;
    this.bytes = out;
    this.spareKeys = oldKeys;
    this.keys = keys;
    [this.starts, this.spareStarts] = [this.spareStarts, this.starts];
    [this.ends, this.spareEnds] = [this.spareEnds, this.ends];
    this.count = n;
    return out.subarray(0, this.used);
  }

  /** Copies the old bytes of positions [from, to) and notes where they now are. */
  private copyRun(from: number, to: number): void {
    const start = this.starts[from]!;
    const bytes = this.ends[to - 1]! - start;
    this.reserve(bytes);
    this.bytes.copy(this.out, this.used, start, start + bytes);
    const shift = this.used - start;
    for (let j = from; j < to; j++) {
      this.spareStarts[j] = this.starts[j]! + shift;
      this.spareEnds[j] = this.ends[j]! + shift;
    }
    this.used += bytes;
  }

  private separator(): void {
    this.reserve(2);
    this.out[this.used++] = 0x2c; // ,
    this.out[this.used++] = 0x0a; // \n
  }

  private reserve(bytes: number): void {
    if (this.used + bytes > this.out.length) this.out = grow(this.out, this.used, bytes);
  }
}

function grow(buf: Buffer, used: number, more: number): Buffer {
  const bigger = Buffer.allocUnsafe(Math.max(buf.length * 2, used + more));
  buf.copy(bigger, 0, 0, used);
  return bigger;
}

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
      sink.bytes(block.update(run.state!));
      sink.text('\n      ]\n    }');
    }
    first = false;
    if (sink.full) await sink.flush();
  }
  sink.text(first ? '],\n' : '\n  ],\n');
  sink.text(`  "final": ${indent(JSON.stringify(run.final(), null, 2), 2)}\n}\n`);
  await sink.flush();
}
