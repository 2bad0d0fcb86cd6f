import { describe, expect, it } from 'vitest';
import { sweepRow } from '../analysis';
import { PRESETS } from '../scenario/presets';
import type { SweepReply, SweepWorker } from '../sweep';
import { manualClock } from './clock';
import { createExplorerStore } from './explorerStore';
import { FLUSH_INTERVAL_MS } from './sweepSlice';

const scenario = PRESETS[0]!.scenario;
const SLOTS = [16, 32, 48];
const SIZES = [4096, 8192];

/** One worker whose replies the test sends by hand; time moves only when the test moves it. */
function setUp() {
  const clock = manualClock();
  let now = 0;
  const advance = (ms: number) => {
    now += ms;
    clock.advance(ms);
  };
  let reply: (message: SweepReply) => void = () => {};
  const worker: SweepWorker = {
    start: (_request, listener) => {
      reply = (m) => listener.reply(m);
    },
    terminate: () => {},
  };
  const store = createExplorerStore({ createSweepWorker: () => worker, cores: 1, clock, now: () => now });
  let updates = 0;
  store.subscribe((s, prev) => {
    if (s.sweep.run !== prev.sweep.run) updates++;
  });
  store.getState().startSweep(scenario, scenario.ops, SLOTS, SIZES);
  const row = (r: number) =>
    reply({ type: 'row', row: r, cells: sweepRow(scenario.ops, scenario.config, SLOTS[r]!, SIZES) });
  return { store, advance, row, done: () => reply({ type: 'done' }), updates: () => updates };
}

describe('a running sweep hands its rows to the views in batches', () => {
  it('shows the first row on the next frame, then merges rows arriving within FLUSH_INTERVAL_MS into one update', () => {
    const { store, advance, row, updates } = setUp();
    const before = updates();
    row(2);
    expect(store.getState().sweep.run!.rowsDone).toBe(0);
    advance(16);
    expect(store.getState().sweep.run!.rowsDone).toBe(1);
    expect(updates() - before).toBe(1);

    row(1);
    advance(16);
    row(0);
    advance(16);
    // Still within the interval since the last update: nothing new on screen yet.
    expect(store.getState().sweep.run!.rowsDone).toBe(1);
    advance(FLUSH_INTERVAL_MS);
    advance(16);
    const run = store.getState().sweep.run!;
    expect(run.rowsDone).toBe(3);
    expect(run.rows.every((r) => r !== null && r.length === SIZES.length)).toBe(true);
    expect(updates() - before).toBe(2);
  });

  it('a sweep that ends shows every row at once, whatever the interval', () => {
    const { store, advance, row, done } = setUp();
    row(2);
    advance(16);
    row(1);
    row(0);
    done();
    const { status, run } = store.getState().sweep;
    expect(status).toBe('done');
    expect(run!.rowsDone).toBe(3);
  });
});
