import { fittedCaption, fullCaptionText, subtitleText } from '../../export/caption';
import type { ExportSubject } from '../../export/exportNames';
import { snapshotBlock, type Snapshot } from './htmlSnapshot';
import { isTransparent, normalizeColor, urlRefs } from '../../export/inlineStyle';
import {
  CAPTION_BASELINE,
  CAPTION_SIZE,
  EXPORT_PADDING,
  stackBlocks,
  SUBTITLE_BASELINE,
  SUBTITLE_SIZE,
} from '../../export/stackLayout';
import { cloneSvgInlined, SVG_NS } from './svgClone';

export interface ExportMeta {
  title: string | undefined;
  step: number;
  length: number;
  earlyAlloc: boolean;
}

export interface ExportedSvg {
  /** A standalone SVG document (XML declaration included). */
  text: string;
  width: number;
  height: number;
}

export type ComposeResult = { ok: true; svg: ExportedSvg } | { ok: false; message: string };

const NOT_ON_SCREEN: Record<ExportSubject, string> = {
  chunks: 'No chunk maps on screen: open the Explore mode and expand the “Chunk area maps” panel, then export again.',
  units: 'No unit layout on screen: open the Explore mode and expand the “Per-unit layout” panel, then export again.',
};

const visible = (el: Element | null): el is Element => {
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
};

/** The on-screen pieces of a view, top to bottom, or null when the view is not showing. */
function blocksOf(subject: ExportSubject, doc: Document): Element[] | null {
  const panel = doc.querySelector(`[data-panel="${subject}"] .panel-body`);
  if (!panel || !visible(panel)) return null;
  if (subject === 'chunks') {
    const rows = [...panel.querySelectorAll('[data-testid="chunk-row"]')].filter(visible);
    if (rows.length === 0) return null;
    const legendWrap = panel.querySelector('details.lg-wrap');
    const legend = legendWrap instanceof HTMLDetailsElement && legendWrap.open ? panel.querySelector('ul.lg') : null;
    const axis = panel.querySelector('svg.cm-axis');
    return [legend, axis, ...rows].filter(visible);
  }
  const groups = panel.querySelector('.ul-groups, .ul-summary');
  if (!visible(groups)) return null;
  return [panel.querySelector('[data-testid="unit-selection-summary"]'), groups].filter(visible);
}

/** The unit layout's chunk picker and size line, as text (the picker itself is a control). */
function unitsHeading(doc: Document): string | null {
  const controls = doc.querySelector('[data-panel="units"] .ul-controls');
  if (!controls) return null;
  const select = controls.querySelector('select');
  const chunk = select instanceof HTMLSelectElement ? (select.selectedOptions[0]?.textContent ?? '') : '';
  const sizes = [...controls.querySelectorAll(':scope > span')].map((s) => s.textContent ?? '').join(' ');
  const line = [chunk, sizes].filter((s) => s.trim() !== '').join(': ');
  return line === '' ? null : line;
}

function themeColours(doc: Document): { bg: string; fg: string; muted: string } {
  const app = doc.querySelector('.app') ?? doc.body;
  const appStyle = getComputedStyle(app);
  const bodyBg = normalizeColor(getComputedStyle(doc.body).backgroundColor);
  const fg = normalizeColor(appStyle.color) || 'rgb(0, 0, 0)';
  // Custom properties compute to their token text with var() already substituted.
  const muted = appStyle.getPropertyValue('--muted').trim() || fg;
  return { bg: isTransparent(bodyBg) ? 'rgb(255, 255, 255)' : bodyBg, fg, muted };
}

function text(content: string, attrs: Record<string, string>): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  for (const [k, v] of Object.entries(attrs)) t.setAttribute(k, v);
  t.textContent = content;
  return t;
}

/** Pattern definitions a clone uses but does not carry (defined elsewhere in the page). */
function missingDefs(snapshots: Snapshot[], doc: Document): SVGDefsElement | null {
  const defined = new Set<string>();
  const wanted = new Set<string>();
  for (const s of snapshots) {
    s.ids.forEach((id) => defined.add(id));
    s.refs.forEach((id) => wanted.add(id));
  }
  const defs = document.createElementNS(SVG_NS, 'defs');
  for (const id of wanted) {
    if (defined.has(id)) continue;
    const source = doc.getElementById(id);
    if (!(source instanceof SVGElement)) continue;
    const clone = cloneSvgInlined(source, null);
    if (clone) defs.appendChild(clone.element);
  }
  return defs.childNodes.length > 0 ? defs : null;
}

/**
 * Every area map and unit bar carries the whole pattern set; the file keeps only the
 * patterns something paints with.
 */
function pruneUnusedPatterns(svg: SVGSVGElement): void {
  const used = new Set<string>();
  for (const el of svg.querySelectorAll('[style], [fill], [stroke]')) {
    for (const attr of ['style', 'fill', 'stroke']) urlRefs(el.getAttribute(attr) ?? '').forEach((id) => used.add(id));
  }
  for (const pattern of svg.querySelectorAll('pattern[id]')) if (!used.has(pattern.id)) pattern.remove();
  for (const defs of svg.querySelectorAll('defs')) if (!defs.hasChildNodes()) defs.remove();
}

/**
 * A standalone SVG of the chunk maps or the unit layout as they are on screen now: the
 * caption ("title — step k of N"), then the view's pieces stacked top to bottom, every colour
 * a concrete value of the current theme.
 */
export function composeExport(subject: ExportSubject, meta: ExportMeta, doc: Document = document): ComposeResult {
  const blocks = blocksOf(subject, doc);
  if (!blocks || blocks.length === 0) return { ok: false, message: NOT_ON_SCREEN[subject] };
  const snapshots = blocks.map((b) => snapshotBlock(b));
  const heading = subject === 'units' ? unitsHeading(doc) : null;
  const headingHeight = heading ? 20 : 0;
  const layout = stackBlocks(snapshots.map((s, i) => (i === 0 ? { ...s, height: s.height + headingHeight } : s)));
  const colours = themeColours(doc);
  const font = getComputedStyle(doc.body).fontFamily;
  // Shortened to the export's width so the step stays visible; the <title> keeps the whole text.
  const caption = fittedCaption(meta.title, meta.step, meta.length, layout.width - 2 * EXPORT_PADDING, CAPTION_SIZE);

  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(layout.width));
  svg.setAttribute('height', String(layout.height));
  svg.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = fullCaptionText(meta.title, meta.step, meta.length);
  svg.appendChild(title);
  const defs = missingDefs(snapshots, doc);
  if (defs) svg.appendChild(defs);
  const bg = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ width: '100%', height: '100%', fill: colours.bg })) bg.setAttribute(k, v);
  svg.appendChild(bg);
  const textStyle = (size: number, weight: number) => `font-family:${font};font-size:${size}px;font-weight:${weight}`;
  svg.appendChild(
    text(caption, {
      x: String(EXPORT_PADDING),
      y: String(CAPTION_BASELINE),
      fill: colours.fg,
      style: textStyle(CAPTION_SIZE, 600),
      'data-role': 'caption',
    }),
  );
  svg.appendChild(
    text(subtitleText(subject, meta.earlyAlloc), {
      x: String(EXPORT_PADDING),
      y: String(SUBTITLE_BASELINE),
      fill: colours.muted,
      style: textStyle(SUBTITLE_SIZE, 400),
    }),
  );
  snapshots.forEach((s, i) => {
    const at = layout.positions[i]!;
    const y = at.y + (i === 0 ? headingHeight : 0);
    if (i === 0 && heading) {
      svg.appendChild(
        text(heading, { x: String(at.x), y: String(at.y + 14), fill: colours.fg, style: textStyle(13, 400) }),
      );
    }
    s.group.setAttribute('transform', `translate(${at.x},${y})`);
    const chunkId = blocks[i]!.getAttribute('data-chunk-id');
    if (chunkId !== null) s.group.setAttribute('data-chunk-id', chunkId);
    svg.appendChild(s.group);
  });
  pruneUnusedPatterns(svg);
  const body = new XMLSerializer().serializeToString(svg);
  return {
    ok: true,
    svg: { text: `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`, width: layout.width, height: layout.height },
  };
}
