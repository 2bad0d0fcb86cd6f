/** One element of rendered markup: its tag and attributes by name (attribute order does not matter). */
export interface SvgElement {
  tag: string;
  attrs: Record<string, string>;
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTR = /([^\s=>/]+)(?:="([^"]*)")?/g;

/**
 * The opening tags of static markup (renderToStaticMarkup's output: double-quoted attributes,
 * no comments), optionally only those of one tag name.
 */
export function svgElements(markup: string, tag?: string): SvgElement[] {
  const out: SvgElement[] = [];
  for (const m of markup.matchAll(TAG)) {
    if (tag !== undefined && m[1] !== tag) continue;
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(ATTR)) attrs[a[1]!] = a[2] ?? '';
    out.push({ tag: m[1]!, attrs });
  }
  return out;
}

/** The rectangles a path's `d` draws, for paths made only of `M x y h w v h h -w Z` runs. */
export function pathRects(d: string): { x: number; y: number; width: number; height: number }[] {
  const rects: { x: number; y: number; width: number; height: number }[] = [];
  for (const m of d.matchAll(/M\s*(-?[\d.]+)[\s,]+(-?[\d.]+)\s*h\s*(-?[\d.]+)\s*v\s*(-?[\d.]+)/g)) {
    rects.push({ x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), height: Number(m[4]) });
  }
  return rects;
}
