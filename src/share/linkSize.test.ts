import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from './linkCodec';
import { linkWarning } from './linkWarning';
import { realisticScenario } from './test-support/realisticScenario';

describe('link size', () => {
  it('a realistic 1,000-op boot fits in 8 KB and comes back exactly', () => {
    const scenario = realisticScenario(1000);
    const kinds = new Set(scenario.ops.map((op) => op.op));
    expect([...kinds].sort()).toEqual(['alloc', 'free', 'mark', 'slab-online']);
    expect(
      scenario.ops.filter((op) => op.op === 'alloc' && op.label?.startsWith('kmem_cache_cpu ')).length,
    ).toBeGreaterThan(300);
    const view = { step: 640, selection: 0, panels: ['map', 'slots', 'log'] };
    const hash = encodeLink(scenario, view);
    expect(hash.length).toBeLessThanOrEqual(8192);
    expect(decodeLink(hash)).toStrictEqual({ ok: true, scenario, view, length: hash.length, version: 1 });
  });

  it('other seeds of the same mix stay under 8 KB too', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      expect(encodeLink(realisticScenario(1000, seed), { step: 0, selection: null }).length).toBeLessThanOrEqual(8192);
    }
  });

  it('warns past 2,000 characters', () => {
    expect(linkWarning(0)).toBeNull();
    expect(linkWarning(2000)).toBeNull();
    const warning = linkWarning(2001);
    expect(warning).toContain('some chat tools cut links over 2,000 characters — export a file instead');
    expect(warning).toContain('This link is 2,001 characters long');
    expect(linkWarning(Number.NaN)).toBeNull();
  });
});
