import { describe, expect, it } from 'vitest';
import { Timeline } from '../engine/timeline';
import type { Op } from '../engine/types';
import { withDefaults } from '../scenario/defaults';
import { linesUpTo, logKind } from './logLine';

describe('kernel log lines', () => {
  // Example 1's config; op 0 is illegal (size 0: two WARN lines), op 1 succeeds silently,
  // ops 2–7 are 4096-byte requests: 5 fit in 23616 bytes, the 6th (op 7) needs a chunk before slab.
  const ops: Op[] = [
    { op: 'alloc', size: 0, align: 8 },
    { op: 'alloc', size: 8, align: 8 },
    ...Array.from({ length: 6 }, (): Op => ({ op: 'alloc', size: 4096, align: 8 })),
  ];
  const t = new Timeline(withDefaults({ staticSize: 82880, reservedSize: 8192 }), ops);
  const all = t.dmesgUpTo(t.length);

  it('shows the same prefix as dmesgUpTo at every step', () => {
    for (let step = 0; step <= t.length; step++) {
      expect(all.slice(0, linesUpTo(all, step))).toEqual(t.dmesgUpTo(step));
    }
  });

  it('sorts lines into setup, warning and failure (formats.md dmesg lines)', () => {
    expect(all.map((e) => logKind(e.kind))).toEqual([
      'setup',
      'setup',
      'setup',
      'warn', // WARNING: at mm/percpu.c:710 pcpu_alloc()
      'warn', // illegal size (0) or align (8) for percpu allocation
      'warn', // WARNING: at mm/percpu.c:285 pcpu_mem_alloc()
      'fail', // PERCPU: allocation failed, size=4096 align=8, failed to allocate new chunk
    ]);
    expect(all[6]!.line).toBe('PERCPU: allocation failed, size=4096 align=8, failed to allocate new chunk');
    expect(logKind('crash')).toBe('fail');
    expect(logKind('limit')).toBe('fail');
  });
});
