import { parseScenarioText, type ScenarioParse } from '../scenario/schema';
import { decodeFileBytes } from './decodeFileBytes';
import { withThousands } from './describeValue';

/** Far above any real scenario (100,000 ops is about 6 MB), far below what would hang a tab. */
export const MAX_SCENARIO_FILE_BYTES = 32 * 1024 * 1024;

export type ScenarioFileRead = ScenarioParse & { warnings: string[] };

export function tooLargeProblem(bytes: number): string {
  return `(file): ${withThousands(bytes)} bytes; scenario files are at most ${withThousands(MAX_SCENARIO_FILE_BYTES)}`;
}

/** A scenario file's bytes, as the app's import and the replay command read them. Never throws. */
export function readScenarioBytes(bytes: Uint8Array): ScenarioFileRead {
  if (bytes.length > MAX_SCENARIO_FILE_BYTES)
    return { ok: false, errors: [tooLargeProblem(bytes.length)], warnings: [] };
  const decoded = decodeFileBytes(bytes);
  const warnings = decoded.warning ? [decoded.warning] : [];
  return { ...parseScenarioText(decoded.text), warnings };
}
