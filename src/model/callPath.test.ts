import { describe, expect, it } from 'vitest';
import { earlySlotExhaustion } from '../scenario/presets/earlySlotExhaustion';
import { preChangeCrash } from '../scenario/presets/preChangeCrash';
import { structKfreeHazard } from '../scenario/presets/structKfreeHazard';
import { callPathsOf } from './callPath';
import { kernelLink } from './kernelSource';
import { viewAt } from './testSupport';

function pathsAt(scenario: typeof earlySlotExhaustion.scenario, step: number) {
  return callPathsOf(scenario.ops[step - 1], viewAt(scenario, step).events, scenario.config.earlyAlloc);
}
const names = (p: { frames: { fn: string }[] }) => p.frames.map((f) => f.fn);

describe('callPathsOf', () => {
  it('the first early failure: pcpu_alloc → pcpu_extend_area_map → pcpu_mem_alloc → WARN_ON_ONCE, NULL', () => {
    const paths = pathsAt(earlySlotExhaustion.scenario, 127);
    expect(paths.map(names)).toContainEqual([
      'pcpu_alloc',
      'pcpu_extend_area_map',
      'pcpu_mem_alloc(1024)',
      'WARN_ON_ONCE(!slab_is_available())',
    ]);
    const refused = paths.find((p) => p.frames.length === 4)!;
    expect(refused.result).toContain('NULL');
    expect(kernelLink('post', refused.frames[2]!.anchor!)!.url).toMatch(/#L283$/);
    expect(kernelLink('post', refused.frames[3]!.anchor!)!.url).toMatch(/#L285$/);
  });

  it('slab online (post): percpu_init_late → pcpu_mem_alloc(512) twice', () => {
    expect(pathsAt(earlySlotExhaustion.scenario, 142).map(names)).toEqual([
      ['percpu_init_late', 'pcpu_mem_alloc(512)'],
      ['percpu_init_late', 'pcpu_mem_alloc(512)'],
    ]);
  });

  it('pre-change before slab: the extension reaches kzalloc(64) and crashes', () => {
    const s = preChangeCrash.scenario;
    const step = s.ops.findIndex((op) => op.op === 'alloc') + 1;
    const crash = pathsAt(s, step).find((p) => p.result.startsWith('crash'))!;
    expect(names(crash)).toEqual(['pcpu_alloc', 'pcpu_extend_area_map', 'pcpu_mem_alloc(64)', 'kzalloc(64)']);
  });

  it('a new chunk: pcpu_create_chunk → pcpu_alloc_chunk → pcpu_mem_alloc(struct size)', () => {
    const paths = pathsAt(structKfreeHazard.scenario, 2);
    expect(paths.map(names)[0]).toEqual([
      'pcpu_alloc',
      'pcpu_create_chunk',
      'pcpu_alloc_chunk',
      'pcpu_mem_alloc(4160)',
    ]);
    expect(paths[0]!.result).toBe('vmalloc');
  });

  it('the hazard: free_percpu → pcpu_reclaim → pcpu_destroy_chunk → pcpu_free_chunk → kfree', () => {
    const s = structKfreeHazard.scenario;
    const paths = pathsAt(s, s.ops.length);
    const last = paths.at(-1)!;
    expect(names(last).slice(0, 4)).toEqual(['free_percpu', 'pcpu_reclaim', 'pcpu_destroy_chunk', 'pcpu_free_chunk']);
    expect(last.result).toContain('undefined behaviour');
  });
});
