/**
 * The headless replay command, as a function (the entry point is replay.ts). Headless replay: `npm run -s replay -- FILE.json` prints the trace;
 * `npm run -s replay -- --out DIR A.scenario.json ...` writes DIR/A.trace.json for each.
 * Exit 0 when every input was valid, 2 otherwise (after processing the rest), 64 on bad usage.
 */
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parseScenarioText } from '../scenario/schema';
import { writeTrace } from './writeTrace';

const USAGE = 'usage: npm run -s replay -- FILE.json\n       npm run -s replay -- --out DIR A.scenario.json [B.scenario.json ...]\n';

export function traceFileName(input: string): string {
  const name = basename(input);
  const stem = name.endsWith('.scenario.json')
    ? name.slice(0, -'.scenario.json'.length)
    : name.endsWith('.json')
      ? name.slice(0, -'.json'.length)
      : name;
  return `${stem}.trace.json`;
}

async function replayOne(file: string, out: Writable | (() => Writable)): Promise<boolean> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
    return false;
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok) {
    for (const error of parsed.errors) process.stderr.write(`${file}: ${error}\n`);
    return false;
  }
  const target = typeof out === 'function' ? out() : out;
  await writeTrace(target, parsed.scenario.config, parsed.scenario.ops);
  if (typeof out === 'function') {
    target.end();
    await once(target, 'finish');
  }
  return true;
}

export async function main(argv: string[]): Promise<number> {
  let outDir: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') {
      outDir = argv[++i] ?? null;
      if (!outDir) {
        process.stderr.write(`--out needs a directory\n${USAGE}`);
        return 64;
      }
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write(USAGE);
      return 0;
    } else files.push(arg);
  }
  if (files.length === 0 || (outDir === null && files.length > 1)) {
    process.stderr.write(files.length === 0 ? `no scenario file given\n${USAGE}` : `several files need --out DIR\n${USAGE}`);
    return 64;
  }
  let allValid = true;
  if (outDir === null) {
    allValid = await replayOne(files[0]!, process.stdout);
  } else {
    mkdirSync(outDir, { recursive: true });
    for (const file of files) {
      const dir = outDir;
      const ok = await replayOne(file, () => createWriteStream(join(dir, traceFileName(file))));
      allValid &&= ok;
    }
  }
  return allValid ? 0 : 2;
}

