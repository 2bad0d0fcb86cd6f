/**
 * Which computed CSS properties a standalone SVG needs written on its elements. The exported
 * file must look the same without the app's stylesheets, so every paint and font property
 * that the stylesheet (or a CSS variable) decided is written inline — but only where it
 * differs from what the element would inherit anyway, which keeps the file small.
 */

/** Paint and text properties of SVG content (all inherited except opacity). */
export const SVG_PAINT_PROPS = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Not inherited: a child's own value is compared with the initial value, not the parent's. */
const NOT_INHERITED = new Set<string>(['opacity', 'overflow']);

/** CSS initial values as browsers serialise computed styles (Chromium's spelling). */
export const INITIAL_VALUES: Readonly<Record<string, string>> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-dashoffset': '0px',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  visibility: 'visible',
  'font-style': 'normal',
  'font-weight': '400',
  'font-variant-numeric': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
};

export type StyleReader = (property: string) => string;

/**
 * The declarations to write on one element. `parent` reads the parent's computed style, or
 * is null at the top of the exported tree (which inherits nothing but initial values).
 * `always` names properties written whatever their value (an SVG root's overflow: its
 * user-agent default differs between inline and standalone SVG).
 */
export function inlineDeclarations(
  properties: readonly string[],
  own: StyleReader,
  parent: StyleReader | null,
  always: readonly string[] = [],
): string {
  const out: string[] = [];
  for (const property of properties) {
    const value = normalizeColor(own(property).trim());
    if (value === '') continue;
    const inherited = !NOT_INHERITED.has(property) && parent !== null ? normalizeColor(parent(property).trim()) : null;
    const baseline = inherited ?? INITIAL_VALUES[property];
    if (value !== baseline || always.includes(property)) out.push(`${property}:${value}`);
  }
  return out.join(';');
}

/** The element ids a value refers to with url(#id), e.g. a pattern fill. */
export function urlRefs(value: string): string[] {
  const ids: string[] = [];
  for (const m of value.matchAll(/url\(\s*["']?#([^"')\s]+)["']?\s*\)/g)) ids.push(m[1]!);
  return ids;
}

const channel = (v: string) => Math.round(Math.max(0, Math.min(1, Number(v))) * 255);

/**
 * Browsers serialise color-mix() results as `color(srgb r g b / a)`, which older SVG viewers
 * (and slide tools) do not read: rewrite them as rgb()/rgba(). Anything else passes through.
 */
export function normalizeColor(value: string): string {
  return value.replace(
    /color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)(?:\s*\/\s*([-\d.e]+%?))?\s*\)/g,
    (_m, r: string, g: string, b: string, a: string | undefined) => {
      const rgb = `${channel(r)}, ${channel(g)}, ${channel(b)}`;
      if (a === undefined) return `rgb(${rgb})`;
      const alpha = a.endsWith('%') ? Number(a.slice(0, -1)) / 100 : Number(a);
      return alpha >= 1 ? `rgb(${rgb})` : `rgba(${rgb}, ${Math.max(0, alpha)})`;
    },
  );
}

/** A computed colour that paints nothing (so no box is drawn for it). */
export function isTransparent(color: string): boolean {
  const c = color.replace(/\s+/g, '');
  return c === '' || c === 'transparent' || /^rgba\(\d+,\d+,\d+,0(\.0+)?\)$/.test(c);
}
