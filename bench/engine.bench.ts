/**
 * Engine benchmark (`npm run bench`): replay, seek and memory of the timeline on a seeded
 * 100,000-op boot, and the pathological 4-byte case. Prints a table, then one JSON line.
 * Run with --expose-gc (the npm script does) so heap numbers are after collection.
 */
import { performance } from 'node:perf_hooks';
import { setup } from '../src/engine/setup';
import { applyOp } from '../src/engine/step';
import { Timeline } from '../src/engine/timeline';
import { withDefaults } from '../src/scenario/defaults';
import { seededRandom } from './random';
import { mixedOps, pathologicalOps } from './scenarios';
import { median, percentile, round } from './stats';

const gc = (globalThis as { gc?: () => void }).gc;
function heapUsed(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

const config = withDefaults({});
const ops = mixedOps(100_000, 2026);

// Replay: full timeline construction (every op plus keyframes), median of 5.
const replayTimes: number[] = [];
let timeline: Timeline | null = null;
for (let run = 0; run < 5; run++) {
  timeline = null;
  const t0 = performance.now();
  timeline = new Timeline(config, ops);
  replayTimes.push(performance.now() - t0);
}
timeline = null;

// Memory: the timeline alone, measured after collection.
const before = heapUsed();
timeline = new Timeline(config, ops);
const heapMB = (heapUsed() - before) / 2 ** 20;

// Seek: 1,000 random jumps, each producing the state and events of that step.
const random = seededRandom(7);
const seekTimes: number[] = [];
for (let i = 0; i < 1000; i++) {
  const k = Math.floor(random() * (timeline.length + 1));
  const t0 = performance.now();
  timeline.view(k);
  seekTimes.push(performance.now() - t0);
}
const failures = Array.from({ length: timeline.length }, (_, i) => timeline!.succeeded(i)).filter((ok) => !ok).length;
const finalState = timeline.stateAt(timeline.length);

// Pathological: 100,000 4-byte allocations then freeing them all, a plain replay.
const patho = pathologicalOps(100_000);
const pathoTimes: number[] = [];
const pathoAllocTimes: number[] = [];
for (let run = 0; run < 3; run++) {
  const boot = setup(config);
  if (!boot.ok) throw new Error(boot.error);
  const t0 = performance.now();
  const firstFree = patho.findIndex((op) => op.op === 'free');
  for (let i = 0; i < patho.length; i++) {
    if (i === firstFree) pathoAllocTimes.push(performance.now() - t0);
    applyOp(boot.state, i, patho[i]!, null);
  }
  pathoTimes.push(performance.now() - t0);
}

const result = {
  replay100kMs: round(median(replayTimes)),
  seekMedianMs: round(median(seekTimes), 3),
  seekP99Ms: round(percentile(seekTimes, 99), 3),
  heapMB: round(heapMB),
  pathological100kMs: round(median(pathoTimes)),
  pathologicalAllocPhaseMs: round(median(pathoAllocTimes)),
  keyframes: timeline.keyframeCount,
  ops: ops.length,
  failedOps: failures,
  liveChunksAtEnd: finalState.chunks.length,
  gcExposed: gc !== undefined,
};

const rows: [string, string, string][] = [
  ['replay 100k ops (median of 5)', `${result.replay100kMs} ms`, '≤ 1000 ms'],
  ['seek median (1,000 random)', `${result.seekMedianMs} ms`, ''],
  ['seek p99', `${result.seekP99Ms} ms`, '≤ 30 ms'],
  ['timeline heap', `${result.heapMB} MB`, '≤ 200 MB'],
  ['pathological 100k 4-byte allocs + frees', `${result.pathological100kMs} ms`, ''],
  ['  of which the 100k allocations', `${result.pathologicalAllocPhaseMs} ms`, ''],
  ['keyframes / failed ops / chunks at end', `${result.keyframes} / ${failures} / ${result.liveChunksAtEnd}`, ''],
];
for (const [name, value, target] of rows) console.log(`${name.padEnd(44)} ${value.padStart(16)}  ${target}`);
console.log(JSON.stringify(result));
