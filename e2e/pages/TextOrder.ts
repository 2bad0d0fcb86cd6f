import type { Locator } from '@playwright/test';

/**
 * Where the characters of some text are drawn, left to right: what a reader sees, which the DOM
 * text alone does not tell (a right-to-left override reorders the drawing, not the text).
 */
export async function drawnLeftToRight(container: Locator, text: string): Promise<boolean> {
  return container.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      // Text may wrap: within a line every character is right of the one before; a wrap starts
      // a new line further down. A space swallowed by a wrap has no width and is skipped.
      let previous: DOMRect | null = null;
      for (let i = 0; i < wanted.length; i++) {
        const range = document.createRange();
        range.setStart(node, at + i);
        range.setEnd(node, at + i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width === 0) continue;
        const sameLine = previous !== null && Math.abs(rect.top - previous.top) < rect.height / 2;
        if (sameLine && rect.left <= previous!.left) return false;
        if (previous !== null && !sameLine && rect.top < previous.top) return false;
        previous = rect;
      }
      return true;
    }
    throw new Error(`"${wanted}" is not in the element`);
  }, text);
}

/** The longest single text node inside the element: app text that does not straddle elements. */
export async function longestTextNode(container: Locator): Promise<string> {
  return container.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let best = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      if (text.length > best.length) best = text;
    }
    return best;
  });
}
