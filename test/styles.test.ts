/**
 * The stylesheets' house rules: theme tokens live in one file, every token a view reads is
 * declared, and the visually-hidden utility exists once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssRules, type CssRule } from './support/cssRules';

const root = join(import.meta.dirname, '..');
const views = join(root, 'src', 'views');
const TOKENS = 'src/views/styles/tokens.css';

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '');

const cssFiles = filesUnder(views, (n) => n.endsWith('.css'));
const sourceFiles = filesUnder(views, (n) => /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n));
const rulesOf = new Map(cssFiles.map((f) => [f, cssRules(read(f))]));

const customProperties = (rule: CssRule) => [...rule.declarations.keys()].filter((p) => p.startsWith('--'));
/** Selectors that set a property for the whole page or the whole app, i.e. a theme token. */
const pageLevel = (selector: string) =>
  /^(:root|html|body)\b/.test(selector) || selector.includes('[data-theme') || /^\.app(\.[\w-]+)*$/.test(selector);

const tokenRules = rulesOf.get(TOKENS) ?? [];
const declaredTokens = new Set(tokenRules.flatMap(customProperties));
const themeTokens = (selector: string) =>
  new Set(tokenRules.filter((r) => r.selectors.includes(selector)).flatMap(customProperties));

describe('the stylesheet reader', () => {
  it('reads rules inside @media and skips keyframe steps', () => {
    const rules = cssRules(
      '/* a, b */ a, b:not(.c, .d) { color: red; --x: 1px }\n@media (x) { .e { top: 0 } }\n@keyframes k { from { top: 0 } to { top: 1px } }\n.f { left: 0 }',
    );
    expect(rules.map((r) => [r.selectors, [...r.declarations], r.within])).toEqual([
      [
        ['a', 'b:not(.c, .d)'],
        [
          ['color', 'red'],
          ['--x', '1px'],
        ],
        [],
      ],
      [['.e'], [['top', '0']], ['@media (x)']],
      [['.f'], [['left', '0']], []],
    ]);
  });
});

describe('theme tokens', () => {
  it('live in tokens.css, which holds nothing but tokens and the colour scheme', () => {
    expect(cssFiles).toContain(TOKENS);
    const other = tokenRules
      .flatMap((r) => [...r.declarations.keys()])
      .filter((p) => !p.startsWith('--') && p !== 'color-scheme');
    expect(other).toEqual([]);
    expect(declaredTokens.size).toBeGreaterThan(0);
  });

  it('no other stylesheet declares a custom property for the page, a theme or the app', () => {
    const stray = cssFiles
      .filter((f) => f !== TOKENS)
      .flatMap((f) =>
        rulesOf
          .get(f)!
          .filter((r) => customProperties(r).length > 0 && r.selectors.some(pageLevel))
          .map((r) => `${f}: ${r.selectors.join(', ')} { ${customProperties(r).join(', ')} }`),
      );
    expect(stray).toEqual([]);
  });

  it('the dark theme sets no token the light theme lacks', () => {
    const light = themeTokens(':root');
    expect([...themeTokens("[data-theme='dark']")].filter((t) => !light.has(t))).toEqual([]);
  });

  it('every var(--x) in a view is declared: in tokens.css, on its component, or inline by its component', () => {
    const componentScoped = new Set(
      cssFiles.filter((f) => f !== TOKENS).flatMap((f) => rulesOf.get(f)!.flatMap(customProperties)),
    );
    // A style object in a component may set one (`{ ['--ma-shift']: ... }`).
    const inline = new Set(
      sourceFiles.flatMap((f) => [...read(f).matchAll(/['"](--[a-z0-9-]+)['"]/g)].map((m) => m[1]!)),
    );
    const undeclared = [...cssFiles, ...sourceFiles].flatMap((f) =>
      [...withoutComments(read(f)).matchAll(/var\(\s*(--[a-z0-9-]+)/g)]
        .map((m) => m[1]!)
        .filter((name) => !declaredTokens.has(name) && !componentScoped.has(name) && !inline.has(name))
        .map((name) => `${f}: ${name}`),
    );
    expect(undeclared).toEqual([]);
  });
});

describe('shared utilities', () => {
  it('there is exactly one visually-hidden rule', () => {
    const rules = cssFiles.flatMap((f) =>
      rulesOf
        .get(f)!
        .filter((r) => r.selectors.some((s) => /\.[\w-]*visually-hidden\b/.test(s)))
        .map(() => f),
    );
    expect(rules).toEqual(['src/views/styles/shared.css']);
  });
});
