/**
 * Every line the engine prints carries the kind of the code that printed it (allocator.md §10.1
 * setup, §10.2 the illegal-request WARN, §10.3 pcpu_mem_alloc's WARN_ON_ONCE, §10.4 the failure
 * line and the warn_limit line, §9.2 the pre-change NULL dereference), whatever the era's wording.
 */
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../src/engine/timeline';
import { PRESETS } from '../../src/scenario/presets';
import { alloc, config } from '../support/engine';

const x86_64 = config({ cpus: 4, staticSize: 82880, reservedSize: 8192, dynSize: 20480 });

describe('dmesg kinds', () => {
  it('tags setup, WARN and failure lines (Example 1 before slab)', () => {
    // op 0 is illegal (size 0): the WARN and its message. ops 1–5 fit in the first chunk's
    // 23616 free bytes; op 6 needs a new chunk before slab: WARN_ON_ONCE, then the failure line.
    const t = new Timeline(x86_64, [alloc(0, 8), ...Array.from({ length: 6 }, () => alloc(4096, 8))]);
    expect(t.setupLines().every((l) => l.kind === 'setup')).toBe(true);
    expect(t.dmesgOf(0)).toEqual([
      { text: 'WARNING: at mm/percpu.c:710 pcpu_alloc()', kind: 'warn' },
      { text: 'illegal size (0) or align (8) for percpu allocation', kind: 'warn' },
    ]);
    expect(t.dmesgOf(1)).toEqual([]);
    expect(t.dmesgOf(6)).toEqual([
      { text: 'WARNING: at mm/percpu.c:285 pcpu_mem_alloc()', kind: 'warn' },
      {
        text: 'PERCPU: allocation failed, size=4096 align=8, failed to allocate new chunk',
        kind: 'failure',
      },
    ]);
    expect(t.dmesgUpTo(t.length).map((l) => l.kind)).toEqual([
      ...t.setupLines().map(() => 'setup'),
      'warn',
      'warn',
      'warn',
      'failure',
    ]);
  });

  it('tags the tenth failure’s limit line (warn_limit is 10)', () => {
    // Five 4096-byte allocs fill the first chunk; before slab each later one fails, and the
    // first ten failures are logged, the tenth followed by the limit line.
    const t = new Timeline(x86_64, Array.from({ length: 16 }, () => alloc(4096, 8)));
    expect(t.dmesgOf(5).map((l) => l.kind)).toEqual(['warn', 'failure']);
    expect(t.dmesgOf(13).map((l) => l.kind)).toEqual(['failure']);
    expect(t.dmesgOf(14)).toEqual([
      { text: 'PERCPU: allocation failed, size=4096 align=8, failed to allocate new chunk', kind: 'failure' },
      { text: 'PERCPU: limit reached, disable warning', kind: 'limit' },
    ]);
    expect(t.dmesgOf(15)).toEqual([]);
  });

  it('tags the line that ends a pre-change boot (NULL dereference before slab)', () => {
    const t = new Timeline({ ...x86_64, earlyAlloc: false }, [alloc(8, 8)]);
    expect(t.dmesgOf(0).at(-1)).toEqual({
      text: 'BUG: unable to handle kernel NULL pointer dereference at (null)',
      kind: 'crash',
    });
  });

  it('tags by the printing code, not the wording: a later era’s lower-case prefix', () => {
    const t = new Timeline({ ...x86_64, era: '4.14' }, Array.from({ length: 6 }, () => alloc(4096, 8)));
    const failures = t.dmesgUpTo(t.length).filter((l) => l.kind === 'failure');
    expect(failures.length).toBeGreaterThan(0);
    for (const l of failures) expect(l.line.startsWith('percpu: allocation failed')).toBe(true);
  });

  it('gives every printed line of every preset a kind', () => {
    const KINDS = ['setup', 'warn', 'failure', 'limit', 'crash'];
    for (const preset of PRESETS) {
      const t = new Timeline(preset.scenario.config, preset.scenario.ops);
      for (const l of t.dmesgUpTo(t.length)) expect(KINDS, `${preset.id}: ${l.line}`).toContain(l.kind);
    }
  });
});
