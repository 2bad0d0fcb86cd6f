import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

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
);
