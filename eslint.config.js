import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import zones from './eslint/zones.js';

/** Folders of pure code beside the engine: no UI, no DOM, no time, no randomness, no store or views. */
const PURE_FOLDERS = ['model', 'analysis', 'narration', 'compare', 'editing', 'realdata', 'export', 'quiz'];

/**
 * What pure code may not touch: UI libraries, the DOM, time and randomness, and the folders it
 * may not import (`outside`, as import patterns). `who` names the code in the messages.
 */
function pureBans(who, outside) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['react', 'react-*', 'react/*'], message: `${who} is pure: no React.` },
          { group: ['zustand', 'zustand/*'], message: `${who} is pure: no zustand.` },
          { group: ['d3', 'd3-*'], message: `${who} is pure: no d3.` },
          { group: outside, message: `${who} may import only the engine and pure modules.` },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...[
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'performance',
        'requestAnimationFrame',
        'setTimeout',
        'setInterval',
        'clearTimeout',
        'clearInterval',
        'queueMicrotask',
        'fetch',
        'Worker',
      ].map((name) => ({
        name,
        message: `${who} is pure and deterministic: no ${name}.`,
      })),
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Math', property: 'random', message: `${who} is deterministic: no Math.random.` },
      { object: 'Date', property: 'now', message: `${who} is deterministic: no Date.now.` },
    ],
    'no-restricted-syntax': [
      'error',
      { selector: "NewExpression[callee.name='Date']", message: `${who} is deterministic: no Date.` },
    ],
  };
}

/** The engine depends on nothing of the app. */
const engineBans = pureBans('src/engine', ['../store/*', '../views/*', '../scenario/*', 'node:*']);
/** Pure feature modules may use the engine, scenario and share code, never the store or the views. */
const featureBans = pureBans('pure feature code', ['**/store/*', '**/store', '**/views/*', 'node:*']);


/**
 * The page's address, storage, frames and timers: only the persistence layer, the player and the
 * composition root (main.tsx) touch them; everything else takes them injected (PageClock, Persistence).
 */
const PAGE_GLOBALS = [
  'location',
  'localStorage',
  'sessionStorage',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'requestIdleCallback',
  'cancelIdleCallback',
];
const pageGlobalBans = {
  'no-restricted-globals': [
    'error',
    ...PAGE_GLOBALS.map((name) => ({
      name,
      message: `${name} belongs to the persistence layer and the player: take it injected (PageClock, Persistence).`,
    })),
  ],
  'no-restricted-properties': [
    'error',
    ...PAGE_GLOBALS.flatMap((property) =>
      ['window', 'globalThis', 'self'].map((object) => ({
        object,
        property,
        message: `${property} belongs to the persistence layer and the player: take it injected (PageClock, Persistence).`,
      })),
    ),
  ],
};
export default tseslint.config(
  { ignores: ['dist', 'bench-out', 'node_modules', 'test-results', 'playwright-report', 'test/conformance'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // The engine, the model queries and the pure feature modules stay pure (they also run in
  // workers, the CLI and unit tests without a DOM).
  { files: ['src/engine/**/*.ts'], ignores: ['**/*.test.ts'], rules: engineBans },
  { files: PURE_FOLDERS.map((folder) => `src/${folder}/**/*.ts`), ignores: ['**/*.test.ts'], rules: featureBans },
  // Every part of src/ imports only along the arrows of docs/architecture.md. Tests may reach
  // across (a view's test builds a scenario with the engine).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      '**/*.test.{ts,tsx}',
      '**/test-support/**',
      '**/testSupport.ts',
      '**/testOps.ts',
    ],
    plugins: { zones },
    rules: { 'zones/arrows': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      '**/*.test.{ts,tsx}',
      'src/main.tsx',
      'src/store/persistence/**',
      'src/store/player.ts',
      // The engine and the pure folders have stricter bans of their own (a later block would replace them).
      'src/engine/**',
      ...PURE_FOLDERS.map((folder) => `src/${folder}/**`),
    ],
    rules: pageGlobalBans,
  },
);
