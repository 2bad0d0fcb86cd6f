/**
 * allocator.md §6.4 step 5: what becomes of the old map array after an extension. Post (as the
 * commit landed) it is never freed; pre it is freed unless it is a 2-entry static map.
 */
import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../src/engine/events';
import { applyOp } from '../../src/engine/step';
import type { Config, Op } from '../../src/engine/types';
import { alloc, boot, config, slabOnline, times } from '../support/engine';

type Extended = Extract<EngineEvent, { kind: 'map-extended' }>;

function extensions(cfg: Config, ops: Op[]): Extended[] {
  const { state } = boot(cfg);
  const seen: Extended[] = [];
  ops.forEach((op, i) => {
    const events: EngineEvent[] = [];
    applyOp(state, i, op, events);
    for (const e of events) if (e.kind === 'map-extended') seen.push(e);
  });
  return seen;
}

/** Example 1's machine; 8-byte allocations each add one map entry to the first chunk. */
const x86_64 = config({ cpus: 4, staticSize: 82880, reservedSize: 8192, dynSize: 20480 });

describe('§6.4 step 5: the old map after an extension', () => {
  it('post: the first chunk grows 128 → 256 in kmalloc and the copied kmalloc array leaks', () => {
    // Chunk 1 starts [-(S+R), D] = 2 entries and each allocation adds one; after 125 it uses
    // 127, so the 126th needs 129 > 128 and grows the map (percpu_init_late had moved it to kmalloc).
    const seen = extensions(x86_64, [slabOnline, ...times(126, alloc(8, 8))]);
    expect(seen).toEqual([
      { kind: 'map-extended', chunk: 1, from: 128, to: 256, storage: 'kmalloc', oldStorage: 'kmalloc', oldFate: 'leaked' },
    ]);
  });

  it('pre: the 2-entry static map is kept, the 16-entry kmalloc map is freed', () => {
    const seen = extensions({ ...x86_64, earlyAlloc: false }, [slabOnline, ...times(16, alloc(8, 8))]);
    expect(seen.map((e) => [e.from, e.to, e.oldStorage, e.oldFate])).toEqual([
      [2, 16, 'initdata', 'static'],
      [16, 32, 'kmalloc', 'freed'],
    ]);
  });
});
