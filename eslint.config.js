import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import zones from './eslint/zones.js';

/** What the pure engine may not touch: UI libraries, the DOM, time and randomness. */
const engineBans = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['react', 'react-*', 'react/*'], message: 'src/engine is pure: no React.' },
        { group: ['zustand', 'zustand/*'], message: 'src/engine is pure: no zustand.' },
        { group: ['d3', 'd3-*'], message: 'src/engine is pure: no d3.' },
        { group: ['../store/*', '../views/*', '../scenario/*', 'node:*'], message: 'src/engine depends on nothing.' },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'performance', 'requestAnimationFrame',
      'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'fetch', 'Worker'].map((name) => ({
      name,
      message: `src/engine is pure and deterministic: no ${name}.`,
    })),
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'src/engine is deterministic: no Math.random.' },
    { object: 'Date', property: 'now', message: 'src/engine is deterministic: no Date.now.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date']", message: 'src/engine is deterministic: no Date.' },
  ],
};

/** Views that still call engine functions; each moves to a model query (issue 8 item 1), then leaves this list. */
const VIEWS_STILL_CALLING_THE_ENGINE = [
  'src/views/chunkMap/ChunkRow.tsx', 'src/views/chunkMap/MapGauge.tsx', 'src/views/chunkMap/aggregate.ts',
  'src/views/chunkMap/describe.ts', 'src/views/chunkMap/syntheticChunk.ts', 'src/views/colors/areaPaint.ts',
  'src/views/compare/CompareView.tsx', 'src/views/config/ConfigPanel.tsx', 'src/views/legend/Legend.tsx',
  'src/views/memoryRequests/MemoryRequests.tsx', 'src/views/narration/narrateSetup.ts', 'src/views/narration/words.ts',
  'src/views/realdata/EraBanner.tsx', 'src/views/realdata/EraPicker.tsx', 'src/views/realdata/StatsSection.tsx',
  'src/views/realdata/bootLogReport.ts', 'src/views/slots/nextTry.ts', 'src/views/slots/slotRanges.ts',
];

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
  // The engine and the analyses built on it stay pure (they also run in workers and the CLI).
  { files: ['src/engine/**/*.ts', 'src/analysis/**/*.ts', 'src/model/**/*.ts'], ignores: ['**/*.test.ts'], rules: engineBans },
  // Every part of src/ imports only along the arrows of docs/architecture.md. Tests may reach
  // across (a view's test builds a scenario with the engine).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/test-support/**', '**/testSupport.ts', '**/testOps.ts', ...VIEWS_STILL_CALLING_THE_ENGINE],
    plugins: { zones },
    rules: { 'zones/arrows': 'error' },
  },
);
