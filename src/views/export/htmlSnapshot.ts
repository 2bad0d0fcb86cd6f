import { isTransparent, normalizeColor } from '../../export/inlineStyle';
import { groupLines, type WordBox } from '../../export/stackLayout';
import { cloneSvgInlined, SVG_NS } from './svgClone';

/** Controls and pop-ups are for the live page, not for a slide. */
const SKIPPED = 'button, select, input, textarea, summary, [role="tooltip"], [role="toolbar"], [hidden]';

export interface Snapshot {
  /** The block drawn in its own coordinates (0,0 = its top-left corner on screen). */
  group: SVGGElement;
  width: number;
  height: number;
  refs: Set<string>;
  ids: Set<string>;
}

const round = (n: number) => String(Math.round(n * 100) / 100);

function setAttrs(el: Element, attrs: Record<string, string | number>): void {
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, typeof v === 'number' ? round(v) : v);
}

/** A background or border of an HTML box as an SVG rect (one border width and colour for all sides). */
function boxRect(style: CSSStyleDeclaration, box: DOMRect, origin: DOMRect): SVGRectElement | null {
  const background = normalizeColor(style.backgroundColor);
  const borderWidth = style.borderTopStyle === 'none' ? 0 : parseFloat(style.borderTopWidth) || 0;
  const border = normalizeColor(style.borderTopColor);
  const hasBorder = borderWidth > 0 && !isTransparent(border);
  if (isTransparent(background) && !hasBorder) return null;
  if (box.width <= 0 || box.height <= 0) return null;
  const inset = hasBorder ? borderWidth / 2 : 0;
  const rect = document.createElementNS(SVG_NS, 'rect');
  setAttrs(rect, {
    x: box.left - origin.left + inset,
    y: box.top - origin.top + inset,
    width: Math.max(0, box.width - 2 * inset),
    height: Math.max(0, box.height - 2 * inset),
    fill: isTransparent(background) ? 'none' : background,
  });
  const radius = parseFloat(style.borderTopLeftRadius) || 0;
  if (radius > 0) rect.setAttribute('rx', round(Math.min(radius, box.height / 2, box.width / 2)));
  if (hasBorder) {
    setAttrs(rect, { stroke: border, 'stroke-width': borderWidth });
    if (style.borderTopStyle === 'dashed')
      rect.setAttribute('stroke-dasharray', `${borderWidth * 3} ${borderWidth * 2}`);
    if (style.borderTopStyle === 'dotted') rect.setAttribute('stroke-dasharray', `${borderWidth} ${borderWidth}`);
  }
  return rect;
}

/** Where the index-th character of a run of adjacent text nodes lives. */
function locate(nodes: readonly Text[], index: number): [Text, number] {
  let at = index;
  for (const node of nodes) {
    if (at <= node.data.length) return [node, at];
    at -= node.data.length;
  }
  const last = nodes[nodes.length - 1]!;
  return [last, last.data.length];
}

function rangeOver(nodes: readonly Text[], from: number, to: number): Range {
  const range = document.createRange();
  range.setStart(...locate(nodes, from));
  range.setEnd(...locate(nodes, to));
  return range;
}

/** The words of a text run with their on-screen boxes (only needed when the text wraps). */
function wordBoxes(nodes: readonly Text[], text: string, start: number, end: number): WordBox[] {
  const words: WordBox[] = [];
  const re = /\S+/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const r = rangeOver(nodes, m.index, Math.min(end, m.index + m[0].length)).getBoundingClientRect();
    if (r.width > 0 && r.height > 0)
      words.push({ text: m[0], left: r.left, top: r.top, width: r.width, height: r.height });
  }
  return words;
}

/** One rendered line of text as an SVG <text>, vertically centred on its line box. */
function textElement(
  text: string,
  box: { left: number; top: number; width: number; height: number },
  origin: DOMRect,
  style: CSSStyleDeclaration,
): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  setAttrs(t, {
    x: box.left - origin.left,
    y: box.top - origin.top + box.height / 2,
    'dominant-baseline': 'central',
    fill: normalizeColor(style.color),
    // The browser measured this width: other renderers with other fonts keep to it.
    textLength: box.width,
    lengthAdjust: 'spacingAndGlyphs',
  });
  const font = [
    `font-family:${style.fontFamily}`,
    `font-size:${style.fontSize}`,
    style.fontWeight !== '400' ? `font-weight:${style.fontWeight}` : '',
    style.fontStyle !== 'normal' ? `font-style:${style.fontStyle}` : '',
    style.fontVariantNumeric !== 'normal' ? `font-variant-numeric:${style.fontVariantNumeric}` : '',
  ].filter(Boolean);
  t.setAttribute('style', font.join(';'));
  t.textContent = text;
  return t;
}

/**
 * One run of adjacent text nodes (React writes `u{n}` as two nodes "u" and "0"), drawn as
 * one <text> per rendered line.
 */
function snapshotText(nodes: readonly Text[], origin: DOMRect, out: SVGGElement): void {
  const parent = nodes[0]?.parentElement;
  const data = nodes.map((n) => n.data).join('');
  const start = data.search(/\S/);
  if (!parent || start < 0) return;
  const end = data.trimEnd().length;
  const style = getComputedStyle(parent);
  const rects = [...rangeOver(nodes, start, end).getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  if (rects.length === 0) return;
  if (rects.length === 1) {
    const text = data.slice(start, end).replace(/\s+/g, ' ');
    out.appendChild(textElement(text, rects[0]!, origin, style));
    return;
  }
  for (const line of groupLines(wordBoxes(nodes, data, start, end)))
    out.appendChild(textElement(line.text, line, origin, style));
}

/**
 * An on-screen HTML block (a chunk row, the legend, the unit groups) redrawn as SVG at the
 * positions the browser laid it out: its SVG pictures cloned with inline styles, its text as
 * <text> lines, its coloured boxes and borders as rects. Controls are left out.
 */
export function snapshotBlock(root: Element): Snapshot {
  const origin = root.getBoundingClientRect();
  const group = document.createElementNS(SVG_NS, 'g');
  const refs = new Set<string>();
  const ids = new Set<string>();
  const walk = (el: Element) => {
    if (el !== root && el.matches(SKIPPED)) return;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    const box = el.getBoundingClientRect();
    // Nothing laid out (inside a closed <details>, say): nothing to draw.
    if (box.width === 0 && box.height === 0) return;
    if (el instanceof SVGSVGElement) {
      const clone = cloneSvgInlined(el, null);
      if (!clone) return;
      setAttrs(clone.element, { x: box.left - origin.left, y: box.top - origin.top });
      clone.refs.forEach((id) => refs.add(id));
      clone.ids.forEach((id) => ids.add(id));
      group.appendChild(clone.element);
      return;
    }
    const rect = boxRect(style, box, origin);
    if (rect) group.appendChild(rect);
    let run: Text[] = [];
    const flush = () => {
      if (run.length > 0) snapshotText(run, origin, group);
      run = [];
    };
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) run.push(child as Text);
      else if (child instanceof Element) {
        flush();
        walk(child);
      }
    }
    flush();
  };
  walk(root);
  return { group, width: origin.width, height: origin.height, refs, ids };
}
