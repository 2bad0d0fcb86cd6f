import { describe, expect, it } from 'vitest';
import { inlineDeclarations, isTransparent, normalizeColor, urlRefs } from './inlineStyle';

const reader = (values: Record<string, string>) => (p: string) => values[p] ?? '';

describe('inlineDeclarations', () => {
  it('writes a class-decided fill that differs from the parent', () => {
    const own = reader({ fill: 'rgb(230, 159, 0)', stroke: 'none' });
    const parent = reader({ fill: 'rgb(0, 0, 0)', stroke: 'none' });
    expect(inlineDeclarations(['fill', 'stroke'], own, parent)).toBe('fill:rgb(230, 159, 0)');
  });

  it('omits what the element inherits anyway', () => {
    const same = reader({ fill: 'rgb(1, 2, 3)', 'font-size': '12px' });
    expect(inlineDeclarations(['fill', 'font-size'], same, same)).toBe('');
  });

  it('writes an initial value when the parent differs, or the child would inherit the wrong paint', () => {
    // Parent <g> filled red, child set back to black by a class: black must be written.
    const own = reader({ fill: 'rgb(0, 0, 0)' });
    const parent = reader({ fill: 'rgb(255, 0, 0)' });
    expect(inlineDeclarations(['fill'], own, parent)).toBe('fill:rgb(0, 0, 0)');
  });

  it('compares the top element with initial values, and writes unknown-initial properties', () => {
    const own = reader({ fill: 'rgb(0, 0, 0)', stroke: 'none', 'font-family': 'system-ui' });
    expect(inlineDeclarations(['fill', 'stroke', 'font-family'], own, null)).toBe('font-family:system-ui');
  });

  it('treats opacity as not inherited: compared with 1, not with the parent', () => {
    const own = reader({ opacity: '0.55' });
    expect(inlineDeclarations(['opacity'], own, reader({ opacity: '0.55' }))).toBe('opacity:0.55');
    expect(inlineDeclarations(['opacity'], reader({ opacity: '1' }), reader({ opacity: '0.5' }))).toBe('');
  });

  it('writes properties listed as always, even at their baseline', () => {
    const own = reader({ overflow: 'hidden' });
    expect(inlineDeclarations(['overflow'], own, null, ['overflow'])).toBe('overflow:hidden');
  });

  it('keeps pattern fills as url references', () => {
    const own = reader({ fill: 'url("#cm1-r1-h0-v1")' });
    expect(inlineDeclarations(['fill'], own, reader({ fill: 'rgb(0, 0, 0)' }))).toBe('fill:url("#cm1-r1-h0-v1")');
  });
});

describe('urlRefs', () => {
  it('finds ids in quoted and bare url(#...) values', () => {
    expect(urlRefs('url("#a-b_1")')).toEqual(['a-b_1']);
    expect(urlRefs("url('#x')")).toEqual(['x']);
    expect(urlRefs('url(#y) , url( "#z" )')).toEqual(['y', 'z']);
    expect(urlRefs('rgb(1, 2, 3)')).toEqual([]);
    expect(urlRefs('url(other.svg)')).toEqual([]);
  });
});

describe('normalizeColor', () => {
  it('turns color(srgb …) into rgb() with 0–255 channels', () => {
    // 0.7 × 255 = 178.5 → 179; 0.35 × 255 = 89.25 → 89.
    expect(normalizeColor('color(srgb 0.7 0.35 0)')).toBe('rgb(179, 89, 0)');
    expect(normalizeColor('color(srgb 1 1 1 / 1)')).toBe('rgb(255, 255, 255)');
  });

  it('keeps alpha as rgba(), including a percentage alpha', () => {
    expect(normalizeColor('color(srgb 0.7 0.35 0 / 0.14)')).toBe('rgba(179, 89, 0, 0.14)');
    expect(normalizeColor('color(srgb 0 0 0 / 50%)')).toBe('rgba(0, 0, 0, 0.5)');
  });

  it('clamps out-of-gamut channels and leaves other colours alone', () => {
    expect(normalizeColor('color(srgb 1.2 -0.1 0.5)')).toBe('rgb(255, 0, 128)');
    expect(normalizeColor('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
    expect(normalizeColor('url("#p")')).toBe('url("#p")');
  });
});

describe('isTransparent', () => {
  it('knows the computed spellings of no paint', () => {
    expect(isTransparent('rgba(0, 0, 0, 0)')).toBe(true);
    expect(isTransparent('transparent')).toBe(true);
    expect(isTransparent('')).toBe(true);
    expect(isTransparent('rgba(0, 0, 0, 0.2)')).toBe(false);
    expect(isTransparent('rgb(255, 255, 255)')).toBe(false);
  });
});
