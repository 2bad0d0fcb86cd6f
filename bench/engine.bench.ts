/**
 * Engine benchmark (`npm run bench`): replay, seek and memory of the timeline on a seeded
 * 100,000-op boot, the pathological 4-byte case (frees in allocation order and in random
 * order), and the headless replay as a whole process writing the full trace to a file.
 * Prints a table, then one JSON line. Run with --expose-gc (the npm script does) so heap
 * numbers are after collection; they count typed-array memory (arrayBuffers) too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setup } from '../src/engine/setup';
import { applyOp } from '../src/engine/step';
import { Timeline } from '../src/engine/timeline';
import type { Op } from '../src/engine/types';
import { withDefaults } from '../src/scenario/defaults';
import { seededRandom } from './random';
import { mixedOps, pathologicalOps, pathologicalRandomFreeOps } from './scenarios';
import { median, percentile, round } from './stats';

const gc = (globalThis as { gc?: () => void }).gc;
function heapUsed(): number {
  gc?.();
  gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
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
function pathological(ops: Op[]): { total: number; allocs: number } {
  const totals: number[] = [];
  const allocPhases: number[] = [];
  for (let run = 0; run < 3; run++) {
    const boot = setup(config);
    if (!boot.ok) throw new Error(boot.error);
    const t0 = performance.now();
    const firstFree = ops.findIndex((op) => op.op === 'free');
    for (let i = 0; i < ops.length; i++) {
      if (i === firstFree) allocPhases.push(performance.now() - t0);
      applyOp(boot.state, i, ops[i]!, null);
    }
    totals.push(performance.now() - t0);
  }
  return { total: median(totals), allocs: median(allocPhases) };
}
const patho = pathological(pathologicalOps(100_000));
const pathoRandom = pathological(pathologicalRandomFreeOps(100_000, 13));

// The headless replay as a whole process: the mixed scenario in a file, its trace to a file.
const work = mkdtempSync(join(tmpdir(), 'percpu-bench-'));
const scenarioFile = join(work, 'mixed100k.scenario.json');
writeFileSync(scenarioFile, JSON.stringify({ format: 'percpu-scenario', version: 1, config: {}, ops }));
// The way `npm run -s replay` starts it (the launcher and its cached bundle), minus npm itself.
const launcher = join(import.meta.dirname, '..', 'src', 'cli', 'launch.mjs');
// One unmeasured run builds the bundle if the sources changed since the last one.
spawnSync(process.execPath, [launcher, 'replay', '--help']);
const cliTimes: number[] = [];
for (let run = 0; run < 3; run++) {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [launcher, 'replay', '--out', work, scenarioFile]);
  cliTimes.push(performance.now() - t0);
  if (child.status !== 0) throw new Error(`replay failed: ${child.stderr.toString()}`);
}
const traceBytes = statSync(join(work, 'mixed100k.trace.json')).size;
rmSync(work, { recursive: true, force: true });

const result = {
  replay100kMs: round(median(replayTimes)),
  seekMedianMs: round(median(seekTimes), 3),
  seekP99Ms: round(percentile(seekTimes, 99), 3),
  heapMB: round(heapMB),
  pathological100kMs: round(patho.total),
  pathologicalAllocPhaseMs: round(patho.allocs),
  pathologicalRandomFreeMs: round(pathoRandom.total),
  replayCliMs: round(median(cliTimes)),
  traceMB: round(traceBytes / 2 ** 20),
  loadAverage: round(loadavg()[0]!),
  keyframes: timeline.keyframeCount,
  ops: ops.length,
  failedOps: failures,
  liveChunksAtEnd: finalState.chunks.length,
  gcExposed: gc !== undefined,
};

const rows: [string, string, string][] = [
  ['replay 100k ops (median of 5)', `${result.replay100kMs} ms`, '≤ 150 ms'],
  ['seek median (1,000 random)', `${result.seekMedianMs} ms`, ''],
  ['seek p99', `${result.seekP99Ms} ms`, '≤ 30 ms'],
  ['timeline heap', `${result.heapMB} MB`, '≤ 200 MB'],
  ['pathological 100k 4-byte allocs + frees', `${result.pathological100kMs} ms`, '≤ 250 ms'],
  ['  of which the 100k allocations', `${result.pathologicalAllocPhaseMs} ms`, ''],
  ['  the same, freed in random order', `${result.pathologicalRandomFreeMs} ms`, '≤ 250 ms'],
  ['replay CLI, whole process, trace to a file', `${result.replayCliMs} ms`, '≤ 1500 ms'],
  ['  trace size', `${result.traceMB} MB`, ''],
  ['load average (1 min)', `${result.loadAverage}`, ''],
  ['keyframes / failed ops / chunks at end', `${result.keyframes} / ${failures} / ${result.liveChunksAtEnd}`, ''],
];
for (const [name, value, target] of rows) console.log(`${name.padEnd(44)} ${value.padStart(16)}  ${target}`);
console.log(JSON.stringify(result));
