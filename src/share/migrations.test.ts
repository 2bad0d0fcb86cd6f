import { describe, expect, it } from 'vitest';
import { decodeLink } from './linkCodec';
import { CURRENT_LINK_VERSION, migratePayload, MIGRATIONS, v0ToV1, type Migration } from './migrations';
import { FORMATS_EXAMPLE, formatsExample, linkOf } from './test-support/links';

const v0Link = (payload: unknown) => linkOf(JSON.stringify(payload), 0);

describe('link migrations', () => {
  it('has one upgrade step per older version', () => {
    expect(CURRENT_LINK_VERSION).toBe(2);
    expect(MIGRATIONS).toHaveLength(CURRENT_LINK_VERSION);
  });

  it('opens a v0 link (the draft shape) as the same scenario and view', () => {
    const r = decodeLink(v0Link({ scenario: FORMATS_EXAMPLE, step: 3, selected: 1 }));
    expect(r).toStrictEqual({
      ok: true,
      scenario: formatsExample(),
      view: { step: 3, selection: 1 },
      length: expect.any(Number) as number,
      version: 0,
    });
  });

  it('packs v0 ops into the v1 shape by hand-checked rules', () => {
    expect(v0ToV1({ scenario: { ops: FORMATS_EXAMPLE.ops, config: { cpus: 2 } }, step: 1 })).toStrictEqual({
      ok: true,
      payload: {
        c: { cpus: 2 },
        l: ['kmem_cache_cpu kmalloc-8', 'module static area'],
        o: [[32, 8, 0], [4096, 4096, 1, true], 2, 'kmem_cache_init', null],
        s: 1,
      },
    });
  });

  it('keeps bad v0 values so the v1 reader names them by path', () => {
    const r = decodeLink(v0Link({ scenario: { ops: [{ op: 'alloc', size: 'x', align: 8 }] } }));
    expect(r).toMatchObject({
      ok: false,
      kind: 'invalid',
      problems: ['ops[0].size: expected an integer, got the text "x"'],
    });
    const odd = decodeLink(v0Link({ scenario: { ops: [{ op: 'mark', label: 5 }] } }));
    expect(odd).toMatchObject({ ok: false, kind: 'invalid' });
    expect(odd.ok ? [] : odd.problems[0]).toMatch(/^ops\[0\]: not an op of a share link/);
  });

  it('explains v0 payloads that are not the v0 shape', () => {
    expect(decodeLink(v0Link([1, 2]))).toMatchObject({
      ok: false,
      kind: 'invalid',
      problems: ['(link): a v0 link holds { scenario: ... }, got an array'],
    });
    expect(decodeLink(v0Link({ scenario: { ops: [] }, extra: 1 }))).toMatchObject({
      problems: ['(link).extra: unknown field in a v0 link'],
    });
  });

  it('applies a chain of steps in order, starting at the link version', () => {
    const trail =
      (tag: string): Migration =>
      (p) => ({ ok: true, payload: [...(p as string[]), tag] });
    const chain = [trail('0→1'), trail('1→2'), trail('2→3')];
    expect(migratePayload([], 0, chain, 3)).toEqual({ ok: true, payload: ['0→1', '1→2', '2→3'] });
    expect(migratePayload([], 2, chain, 3)).toEqual({ ok: true, payload: ['2→3'] });
    expect(migratePayload(['x'], 3, chain, 3)).toEqual({ ok: true, payload: ['x'] });
  });

  it('stops at a failing, missing or throwing step without throwing itself', () => {
    const ok: Migration = (p) => ({ ok: true, payload: p });
    const refuse: Migration = () => ({ ok: false, problems: ['(link): no'] });
    const explode: Migration = () => {
      throw new Error('boom');
    };
    expect(migratePayload({}, 0, [ok, refuse, ok], 3)).toEqual({ ok: false, problems: ['(link): no'] });
    expect(migratePayload({}, 0, [ok], 2)).toEqual({
      ok: false,
      problems: ['(link): there is no upgrade from v1 to v2'],
    });
    expect(migratePayload({}, 0, [explode], 1)).toEqual({
      ok: false,
      problems: ['(link): upgrading from v0 to v1 failed (boom)'],
    });
  });
});
