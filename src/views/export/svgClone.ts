import { inlineDeclarations, SVG_PAINT_PROPS, urlRefs, type StyleReader } from '../../export/inlineStyle';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Attributes that only serve the live app (styling hooks, events, accessibility of widgets). */
const DROPPED_ATTRIBUTE = /^(class|style|tabindex|role|focusable|on.*|aria-.*|data-.*)$/i;
/** Elements that are tooltips or instructions for the live map, not part of the picture. */
const DROPPED_ELEMENT = new Set(['title', 'desc', 'script', 'foreignObject']);

export const readerOf =
  (style: CSSStyleDeclaration): StyleReader =>
  (property) =>
    style.getPropertyValue(property);

export interface CloneResult {
  element: SVGElement;
  /** Ids the clone refers to with url(#id) (pattern fills). */
  refs: Set<string>;
  /** Ids the clone defines itself. */
  ids: Set<string>;
}

/**
 * A copy of an on-screen SVG element whose look no longer depends on the page: computed
 * paint and font properties (CSS variables already resolved to the theme's colours by the
 * browser) are written inline, classes and app-only attributes dropped. `parent` is the
 * computed style the copy will inherit from in the export, or null when it inherits nothing.
 */
export function cloneSvgInlined(source: SVGElement, parent: CSSStyleDeclaration | null): CloneResult | null {
  const refs = new Set<string>();
  const ids = new Set<string>();
  const copy = (el: Element, parentStyle: CSSStyleDeclaration | null): SVGElement | null => {
    if (DROPPED_ELEMENT.has(el.localName)) return null;
    const style = getComputedStyle(el);
    if (style.display === 'none') return null;
    const out = document.createElementNS(SVG_NS, el.localName) as SVGElement;
    for (const attr of el.attributes) {
      if (!DROPPED_ATTRIBUTE.test(attr.name)) out.setAttribute(attr.name, attr.value);
    }
    if (el.id) ids.add(el.id);
    for (const name of ['fill', 'stroke']) {
      const attrValue = el.getAttribute(name);
      if (attrValue) for (const id of urlRefs(attrValue)) refs.add(id);
    }
    const isRoot = el.localName === 'svg';
    const declarations = inlineDeclarations(
      isRoot ? [...SVG_PAINT_PROPS, 'overflow'] : SVG_PAINT_PROPS,
      readerOf(style),
      parentStyle ? readerOf(parentStyle) : null,
      isRoot ? ['overflow'] : [],
    );
    if (declarations) {
      out.setAttribute('style', declarations);
      for (const id of urlRefs(declarations)) refs.add(id);
    }
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.appendChild(document.createTextNode(child.textContent ?? ''));
      else if (child instanceof Element) {
        const c = copy(child, style);
        if (c) out.appendChild(c);
      }
    }
    return out;
  };
  const element = copy(source, parent);
  return element ? { element, refs, ids } : null;
}
