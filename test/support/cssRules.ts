/**
 * A small reader of the app's own stylesheets: every style rule with its selector list and its
 * declarations, inside whatever @media/@supports blocks hold it. Enough for the project's plain
 * CSS (no nesting, no strings holding braces); not a general CSS parser.
 */
export interface CssRule {
  /** The selectors, one per comma-separated part, whitespace collapsed. */
  selectors: string[];
  /** Property name → value, in source order (a later duplicate wins, as in the cascade). */
  declarations: Map<string, string>;
  /** The at-rule preludes around the rule, outermost first ("@media (max-width: 1000px)"). */
  within: string[];
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Splits on commas that are not inside parentheses (`:not(a, b)` stays one selector). */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map(collapse).filter((p) => p !== '');
}

function parseDeclarations(body: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const part of body.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    declarations.set(collapse(part.slice(0, colon)), collapse(part.slice(colon + 1)));
  }
  return declarations;
}

export function cssRules(source: string): CssRule[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  const stack: string[] = [];
  let prelude = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '{') {
      const head = collapse(prelude);
      prelude = '';
      // Blocks of rules: conditional at-rules. Keyframes hold steps, not selectors: skip them whole.
      if (/^@(media|supports|layer|container)\b/.test(head)) {
        stack.push(head);
        i++;
        continue;
      }
      const close = head.startsWith('@keyframes') ? matchingBrace(text, i) : text.indexOf('}', i);
      if (!head.startsWith('@keyframes')) {
        rules.push({
          selectors: splitTopLevel(head),
          declarations: parseDeclarations(text.slice(i + 1, close)),
          within: [...stack],
        });
      }
      i = close + 1;
      continue;
    }
    if (ch === '}') {
      stack.pop();
      prelude = '';
    } else prelude += ch;
    i++;
  }
  return rules;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length - 1;
}
