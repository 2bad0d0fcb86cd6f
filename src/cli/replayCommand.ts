/**
 * The headless replay command, as a function (the entry point is replay.ts). Headless replay: `npm run -s replay -- FILE.json` prints the trace;
 * `npm run -s replay -- --out DIR A.scenario.json ...` writes DIR/A.trace.json for each.
 * Exit 0 when every input was valid, 2 otherwise (after processing the rest), 64 on bad usage,
 * 73 when the output directory cannot be made. Every stderr line is escaped and bounded.
 */
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { writeTrace } from './writeTrace';
import { escapeForTerminal } from './escapeForTerminal';
import { readInputFile } from './readInputFile';
import { parseArgs, USAGE } from './usage';

/** One line to stderr, with anything from the input made safe for a terminal. */
const say = (line: string) => process.stderr.write(`${escapeForTerminal(line)}\n`);

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
  const parsed = readInputFile(file);
  for (const warning of parsed.warnings) say(`${file}: warning: ${warning}`);
  if (!parsed.ok) {
    // At most 100 problems and a count (parseScenario caps them), each line cut short.
    for (const error of parsed.errors) say(`${file}: ${error}`);
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

/** Makes the --out directory; null when done, else why not (an existing file there, no permission). */
function makeOutDir(dir: string): string | null {
  try {
    mkdirSync(dir, { recursive: true });
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    let isFile = false;
    try {
      isFile = !statSync(dir).isDirectory();
    } catch {
      // Not there at all: the code says why it could not be made.
    }
    if (code === 'EEXIST' || code === 'ENOTDIR' || isFile)
      return `--out ${dir}: a file is in the way (it exists and is not a directory)`;
    return `--out ${dir}: cannot make the directory (${code ?? String(e)})`;
  }
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.kind === 'usage') {
    process.stderr.write(`${escapeForTerminal(args.problem)}\n${USAGE}`);
    return 64;
  }
  const { outDir, files } = args;
  let allValid = true;
  if (outDir === null) {
    allValid = await replayOne(files[0]!, process.stdout);
  } else {
    const problem = makeOutDir(outDir);
    if (problem !== null) {
      say(problem);
      return 73;
    }
    for (const file of files) {
      const dir = outDir;
      const ok = await replayOne(file, () => createWriteStream(join(dir, traceFileName(file))));
      allValid &&= ok;
    }
  }
  return allValid ? 0 : 2;
}
