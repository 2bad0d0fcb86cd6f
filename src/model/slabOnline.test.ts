import { describe, expect, it } from 'vitest';
import type { Op } from '../engine/types';
import { runScenario } from './run';
import { slabOnlineOp, slabOnlineStep } from './slabOnline';
import { withDefaults } from '../scenario/defaults';

const alloc: Op = { op: 'alloc', size: 8, align: 8 };
const slab: Op = { op: 'slab-online' };

describe('slabOnline', () => {
  it('finds the op and the step after it', () => {
    expect(slabOnlineOp([alloc, slab, alloc])).toBe(1);
    expect(slabOnlineStep([alloc, slab, alloc])).toBe(2);
  });

  it('is null when slab never comes online', () => {
    expect(slabOnlineOp([alloc])).toBeNull();
    expect(slabOnlineStep([alloc])).toBeNull();
  });

  it('is null when the op never ran: pre-change, a first alloc before slab crashes (§9.2)', () => {
    const ops = [alloc, slab];
    const t = runScenario(withDefaults({ earlyAlloc: false }), ops);
    expect(t.length).toBe(1);
    expect(slabOnlineStep(ops, t.length)).toBeNull();
  });
});
