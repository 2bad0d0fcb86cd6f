import { describe, expect, it } from 'vitest';
import { sweepOutcomes, sweepRow, type EarlyOutcome } from '../analysis';
import { PRESETS } from '../scenario/presets';
import type { SweepReply, SweepRequest } from './sweepProtocol';
import { splitRows, startSweep, workerCount, type SweepJob, type SweepWorker } from './sweepRunner';

const slub = PRESETS[0]!.scenario;
const job: SweepJob = {
  ops: slub.ops,
  baseConfig: slub.config,
  slots: [16, 32, 64, 128, 1100],
  sizes: [4096, 12288, 32768],
};

type Behaviour = 'compute' | 'stall' | 'throw' | 'load-error' | 'bad-row';

/** A stand-in worker: does the real computation later (like a worker thread), or misbehaves. */
function fakeWorkers(behaviour: (index: number) => Behaviour) {
  const log = { created: 0, terminated: 0, requests: [] as SweepRequest[] };
  const create = (): SweepWorker => {
    const index = log.created++;
    let alive = true;
    return {
      start(request, listener) {
        log.requests.push(structuredClone(request));
        const send = (m: SweepReply) => setTimeout(() => alive && listener.reply(structuredClone(m)), 0);
        const kind = behaviour(index);
        if (kind === 'stall') return;
        if (kind === 'load-error') return void setTimeout(() => alive && listener.fail('Failed to fetch'), 0);
        if (kind === 'throw') return send({ type: 'error', message: 'model bug: boom' });
        for (const row of request.rows) {
          const cells = sweepRow(request.ops, request.baseConfig, request.slots[row]!, request.sizes);
          send({ type: 'row', row: kind === 'bad-row' ? 99 : row, cells });
        }
        send({ type: 'done' });
      },
      terminate() {
        alive = false;
        log.terminated++;
      },
    };
  };
  return { log, create };
}

function run(workers: number, behaviour: (index: number) => Behaviour) {
  const fake = fakeWorkers(behaviour);
  const rows: (EarlyOutcome[] | null)[] = job.slots.map(() => null);
  const events: string[] = [];
  let settle = () => {};
  const finished = new Promise<void>((resolve) => (settle = resolve));
  const handle = startSweep(job, workers, fake.create, {
    row: (r, cells) => {
      rows[r] = cells;
      events.push(`row ${r}`);
    },
    done: () => {
      events.push('done');
      settle();
    },
    error: (message) => {
      events.push(`error: ${message}`);
      settle();
    },
  });
  return { fake, rows, events, finished, cancel: handle.cancel };
}

describe('sweep runner', () => {
  it('caps workers at 4 and at the row count', () => {
    expect(workerCount(64, 16)).toBe(4);
    expect(workerCount(64, undefined)).toBe(2);
    expect(workerCount(3, 8)).toBe(3);
    expect(workerCount(64, 1)).toBe(1);
  });

  it('deals rows out in turn from the last (the heatmap’s top row) and never makes an empty share', () => {
    expect(splitRows(7, 3)).toEqual([
      [6, 3, 0],
      [5, 2],
      [4, 1],
    ]);
    expect(splitRows(2, 4)).toEqual([[1], [0]]);
  });

  it('three workers fill the grid with exactly the cells a direct computation gives, then stop', async () => {
    const r = run(3, () => 'compute');
    await r.finished;
    expect(r.events[r.events.length - 1]).toBe('done');
    expect(r.rows).toEqual(sweepOutcomes(job.ops, job.baseConfig, job.slots, job.sizes));
    expect(r.fake.log.requests.map((q) => q.rows)).toEqual([[4, 1], [3, 0], [2]]);
    expect(r.fake.log.terminated).toBe(3);
    // The row of earlySlots 1100 (1100 * 4 > 4096) is marked as not building.
    expect(r.rows[4]!.every((c) => !c.built)).toBe(true);
  });

  it('a worker error ends the sweep with a readable message and terminates every worker', async () => {
    const r = run(2, (i) => (i === 1 ? 'throw' : 'stall'));
    await r.finished;
    expect(r.events).toEqual(['error: a sweep worker failed: model bug: boom']);
    expect(r.fake.log.terminated).toBe(2);
  });

  it('a worker that fails to load is reported too', async () => {
    const r = run(2, () => 'load-error');
    await r.finished;
    expect(r.events).toEqual(['error: a sweep worker failed: Failed to fetch']);
  });

  it('a reply for a row the worker was not given is refused', async () => {
    const r = run(1, () => 'bad-row');
    await r.finished;
    expect(r.events).toEqual(['error: a sweep worker sent a result for row 99 that does not fit the grid']);
  });

  it('cancel terminates the workers and nothing is reported afterwards', async () => {
    const r = run(2, () => 'compute');
    r.cancel();
    expect(r.fake.log.terminated).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(r.events).toEqual([]);
  });
});
