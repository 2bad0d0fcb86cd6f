import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import {
  MAX_SCENARIO_FILE_BYTES,
  readScenarioBytes,
  tooLargeProblem,
  type ScenarioFileRead,
} from '../share/readScenarioFile';

/**
 * A scenario file from disk, read exactly as the app reads an imported file (readScenarioBytes:
 * byte order marks, UTF-16, the size cap). The size is checked before reading, so a huge file or
 * a device is refused rather than loaded.
 */
export type InputRead = ScenarioFileRead | { ok: false; errors: string[]; warnings: string[]; unreadable: true };

export function readInputFile(path: string): InputRead {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    return cannotRead(e);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory())
      return { ok: false, errors: ['cannot read (it is a directory)'], warnings: [], unreadable: true };
    if (stat.size > MAX_SCENARIO_FILE_BYTES) return { ok: false, errors: [tooLargeProblem(stat.size)], warnings: [] };
    // Read up to one byte past the cap: a file that grows (or a pipe) is still bounded.
    const buffer = Buffer.alloc(Math.min(MAX_SCENARIO_FILE_BYTES + 1, Math.max(stat.size, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) break;
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return readScenarioBytes(buffer.subarray(0, length));
  } catch (e) {
    return cannotRead(e);
  } finally {
    closeSync(fd);
  }
}

function cannotRead(e: unknown): InputRead {
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  return { ok: false, errors: [`cannot read (${code})`], warnings: [], unreadable: true };
}
