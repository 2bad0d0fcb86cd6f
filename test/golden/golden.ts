/**
 * Golden files live here, beside this helper, whichever test renders them. A test compares with
 * `await expect(goldenText(svg)).toMatchFileSnapshot(goldenPath('name.svg'))`: vitest writes a
 * missing file and rewrites a changed one only under `vitest run -u` (as for the map-array
 * goldens), so a change to a drawing shows up as a diff to review before it is blessed.
 */
export function goldenPath(name: string): string {
  // URL rather than node:url, so the views' tests (typed without Node) can import this.
  return decodeURIComponent(new URL(`./${name}`, import.meta.url).pathname);
}

/** A line per opening tag, so a golden's diff points at the element that changed. */
export function goldenText(markup: string): string {
  return `${markup.replace(/>(?=<[a-zA-Z])/g, '>\n')}\n`;
}
