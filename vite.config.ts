import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The built app's Content-Security-Policy: scripts only from this origin (no inline script, no
 * eval), workers from this origin or blob:, styles from this origin plus style attributes (React
 * positions things with them), images from here or data:/blob:, no plugins, no <base>, no forms.
 * Only the build gets it: the dev server injects inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'percpu-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after <meta charset>, before anything the policy must cover (it applies from where it stands).
      handler: (html) => {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html needs a <meta charset> for the CSP to follow');
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}

interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null;
}

/**
 * One chunk for everything the first screen needs (every module the entry imports statically,
 * not the entry itself, whose top-level await must not sit in a chunk the lazy ones import).
 * Left to itself the bundler splits these modules into some twenty-five small chunks by which
 * lazy chunks share them; each is its own request and its own gzip stream, about 7 KB more
 * over the wire than the same code in one. Lazy chunks keep loading on demand as before.
 */
function firstLoadChunk(): (id: string, graph: ModuleGraph) => string | null {
  const memo = new Map<string, boolean>();
  const needed = (id: string, graph: ModuleGraph): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    memo.set(id, false); // an import cycle back to here adds nothing
    const info = graph.getModuleInfo(id);
    const result = !!info && (info.isEntry || info.importers.some((by) => needed(by, graph)));
    memo.set(id, result);
    return result;
  };
  // The entry script is index.html's own import; it keeps its chunk.
  const isEntryScript = (id: string, graph: ModuleGraph) => {
    const info = graph.getModuleInfo(id);
    return !!info && (info.isEntry || info.importers.some((by) => graph.getModuleInfo(by)?.isEntry));
  };
  return (id, graph) => (isEntryScript(id, graph) ? null : needed(id, graph) ? 'first-load' : null);
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: firstLoadChunk() }] } } },
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    environment: 'node',
    // Timeouts only catch hangs; a 2-core CI machine running whole-boot replays needs headroom.
    testTimeout: 30_000,
  },
});
