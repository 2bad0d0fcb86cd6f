/**
 * Starts a CLI command (`node src/cli/launch.mjs replay|check-log ARGS...`) from a cached
 * esbuild bundle instead of compiling TypeScript through tsx on every start: tsx costs most of
 * a second of start-up, a bundle a few tens of milliseconds (docs/engine-performance.md).
 *
 * The bundle lives in node_modules/.cache/percpu-explorer/ beside a list of the files it was
 * built from; it is rebuilt when any of them (or this file) is newer than the bundle or gone.
 * Several processes may start at once (the tests do), so a build is written to a temporary
 * name and renamed into place. When no bundle can be built the command runs through tsx.
 * Plain JavaScript on purpose: it must run before anything can compile TypeScript.
 */
import { mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from './bundleForNode.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const entries = { replay: 'replay.ts', 'check-log': 'checkLog.ts' };

const [command] = process.argv.splice(2, 1);
const entryName = command === undefined ? undefined : entries[command];
if (entryName === undefined) {
  process.stderr.write(`usage: node src/cli/launch.mjs ${Object.keys(entries).join('|')} [ARGS...]\n`);
  process.exit(64);
}
const entry = join(here, entryName);
const cacheDir = join(root, 'node_modules', '.cache', 'percpu-explorer');
const bundle = join(cacheDir, `${command}.mjs`);
const inputsFile = join(cacheDir, `${command}.inputs.json`);

/** Modification time in ms, or Infinity when the file is gone (so it counts as changed). */
function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Infinity;
  }
}

/** True when the bundle exists and no file it was built from changed since. */
function isFresh() {
  const built = mtime(bundle);
  if (built === Infinity) return false;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return false;
  }
  if (!Array.isArray(inputs)) return false;
  // This file and the bundling recipe count as inputs too: a change to either rebuilds.
  const recipe = [fileURLToPath(import.meta.url), join(here, 'bundleForNode.mjs')];
  return [...recipe, ...inputs.map((f) => join(root, f))].every((f) => mtime(f) <= built);
}

/**
 * Builds the bundle; false when it cannot be built (no esbuild, a read-only node_modules, a
 * failed build), and then tsx compiles the sources as before (tsx finds its own errors).
 */
async function build() {
  try {
    await buildBundle();
    return true;
  } catch {
    return false;
  }
}

async function buildBundle() {
  mkdirSync(cacheDir, { recursive: true });
  // Dated from before the sources were read, so an edit made during the build counts as newer.
  const started = new Date();
  const { code, inputs } = await bundleForNode({ entry, root });
  const unique = `${process.pid}.${Date.now()}`;
  writeFileSync(`${bundle}.${unique}`, code);
  writeFileSync(`${inputsFile}.${unique}`, JSON.stringify(inputs));
  utimesSync(`${bundle}.${unique}`, started, started);
  renameSync(`${inputsFile}.${unique}`, inputsFile);
  renameSync(`${bundle}.${unique}`, bundle);
}

if (isFresh() || (await build())) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}
