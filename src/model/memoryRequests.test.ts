/** The memory traffic of allocator.md §6.4, §6.6, §8, §9 and §14 item 14, step by step. */
import { describe, expect, it } from 'vitest';
import { earlySlotExhaustion } from '../scenario/presets/earlySlotExhaustion';
import { preChangeCrash } from '../scenario/presets/preChangeCrash';
import { structKfreeHazard } from '../scenario/presets/structKfreeHazard';
import { memoryTrafficOf } from './memoryRequests';
import { viewAt } from './testSupport';

function trafficAt(scenario: typeof earlySlotExhaustion.scenario, step: number) {
  const view = viewAt(scenario, step);
  return memoryTrafficOf(scenario.ops[step - 1], view.events, scenario.config);
}

describe('memoryTrafficOf', () => {
  const early = earlySlotExhaustion.scenario;
  it('the first early failure asks pcpu_mem_alloc(1024) for a bigger map and gets NULL with the warning', () => {
    const [request, ...rest] = trafficAt(early, 127);
    expect(rest).toEqual([]);
    expect(request).toMatchObject({
      kind: 'request',
      call: 'pcpu_mem_alloc(1024)',
      purpose: 'bigger map',
      chunk: 1,
      result: 'NULL',
    });
    expect(request!.kind === 'request' && request!.why).toContain('WARN_ON_ONCE');
  });

  it('slab online: one 512-byte kmalloc copy per first-chunk structure, the __initdata array dropped', () => {
    const traffic = trafficAt(early, 142);
    expect(traffic.filter((t) => t.kind === 'request')).toEqual([
      expect.objectContaining({ call: 'pcpu_mem_alloc(512)', purpose: 'map copy', chunk: 1, result: 'kmalloc' }),
      expect.objectContaining({ call: 'pcpu_mem_alloc(512)', purpose: 'map copy', chunk: 0, result: 'kmalloc' }),
    ]);
    expect(traffic.filter((t) => t.kind === 'release').map((t) => t.kind === 'release' && t.outcome)).toEqual([
      'dropped with init memory',
      'dropped with init memory',
    ]);
  });

  it('the first extension after slab: 1024 B from kmalloc, the old 512-byte array leaked', () => {
    expect(trafficAt(early, 143)).toEqual([
      expect.objectContaining({
        kind: 'request',
        call: 'pcpu_mem_alloc(1024)',
        purpose: 'bigger map',
        result: 'kmalloc',
      }),
      expect.objectContaining({ kind: 'release', call: 'pcpu_mem_free(NULL, 512)', bytes: 512, outcome: 'leaked' }),
    ]);
  });

  it('pre-change before slab: kzalloc(64) for the 16-entry map crashes', () => {
    const s = preChangeCrash.scenario;
    const step = s.ops.findIndex((op) => op.op === 'alloc') + 1;
    expect(trafficAt(s, step)).toEqual([
      expect.objectContaining({ kind: 'request', call: 'kzalloc(64)', bytes: 64, result: 'crash' }),
    ]);
  });

  it('the hazard machine: a new chunk asks 4160 bytes for its struct (vmalloc) and 64 for its map', () => {
    expect(trafficAt(structKfreeHazard.scenario, 2)).toEqual([
      expect.objectContaining({ call: 'pcpu_mem_alloc(4160)', purpose: 'new chunk struct', result: 'vmalloc' }),
      expect.objectContaining({ call: 'pcpu_mem_alloc(64)', purpose: 'new chunk map', result: 'kmalloc' }),
    ]);
  });

  it('the hazard: the last free releases chunk 2’s map, then kfree()s its vmalloc’d struct', () => {
    const s = structKfreeHazard.scenario;
    const traffic = trafficAt(s, s.ops.length);
    expect(traffic).toEqual([
      expect.objectContaining({ kind: 'release', call: 'pcpu_mem_free(map, 16384)', outcome: 'freed', chunk: 2 }),
      expect.objectContaining({ kind: 'release', bytes: 4160, outcome: 'undefined behaviour', chunk: 2 }),
    ]);
  });
});
