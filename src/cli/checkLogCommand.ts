/**
 * The headless boot-log checker, as a function (the entry point is checkLog.ts):
 * `npm run -s check-log -- FILE...` prints one JSON line per file,
 * `{"file", "verdict", "era", "config", "lines": [{"text", "status", "model", "reason"}], "notes", "missing"}`.
 * Exit 0 when every file was read (whatever the verdicts), 2 when a file could not be read
 * (after checking the rest), 64 on bad usage.
 */
import { readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { checkBootLog } from '../realdata/checkLog';

const USAGE = 'usage: npm run -s check-log -- FILE [FILE ...]\n';
/** The same bound the app puts on a picked file. */
const MAX_BYTES = 32 * 1024 * 1024;

/** One file's JSON line (without the newline). */
export function checkLine(file: string, text: string): string {
  const check = checkBootLog(text);
  return JSON.stringify({
    file,
    verdict: check.verdict,
    era: check.era,
    config: check.config,
    lines: check.lines.map(({ line, text: lineText, status, model, reason }) => ({
      line,
      text: lineText,
      status,
      model,
      reason,
    })),
    notes: check.notes,
    missing: check.missing,
  });
}

export function main(argv: string[], out: Writable = process.stdout, err: Writable = process.stderr): number {
  const files: string[] = [];
  for (const arg of argv) {
    if (arg === '-h' || arg === '--help') {
      out.write(USAGE);
      return 0;
    }
    files.push(arg);
  }
  if (files.length === 0) {
    err.write(`no log file given\n${USAGE}`);
    return 64;
  }
  let allRead = true;
  for (const file of files) {
    let text: string;
    try {
      const bytes = readFileSync(file);
      if (bytes.length > MAX_BYTES)
        throw Object.assign(new Error('too large'), { code: `larger than ${MAX_BYTES} bytes` });
      text = bytes.toString('utf8');
    } catch (e) {
      err.write(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
      allRead = false;
      continue;
    }
    out.write(checkLine(file, text) + '\n');
  }
  return allRead ? 0 : 2;
}
