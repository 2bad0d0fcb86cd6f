/**
 * Runs a benchmark as the app ships its code: bundled into one module (`node bench/bundled.mjs
 * bench/engine.bench.ts [node flags...]`). The browser gets a Vite bundle and the CLI an
 * esbuild bundle (src/cli/launch.mjs); tsx instead compiles each file as a module of its own,
 * and every imported binding then goes through an accessor, which costs about a seventh of
 * the engine's hot loop. Measuring that overhead would measure the loader, not the engine.
 * Plain JavaScript on purpose: it must run before anything can compile TypeScript.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from '../src/cli/bundleForNode.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...nodeFlags] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node bench/bundled.mjs BENCH.ts [NODE FLAGS...]\n');
  process.exit(64);
}
// One level below the root, as bench/ is, so the benchmark's own relative paths still hold.
const outDir = join(root, 'bench-out');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, basename(entry).replace(/\.ts$/, '.mjs'));

// Playwright stays outside: it loads its own files at run time.
const { code } = await bundleForNode({
  entry: join(root, entry),
  root,
  external: ['@playwright/test', 'playwright', 'playwright-core'],
});
writeFileSync(outfile, code);
const run = spawnSync(process.execPath, [...nodeFlags, outfile], { stdio: 'inherit' });
process.exit(run.status ?? 1);
