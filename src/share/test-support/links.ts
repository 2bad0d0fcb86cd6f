import LZString from 'lz-string';
import type { Scenario } from '../../engine/types';
import { parseScenario } from '../../scenario/schema';
import { checkCode } from '../checksum';

/** A link of any version around hand-written payload JSON text, with a correct check code from v1 on. */
export function linkOf(json: string, version = 1): string {
  const payload = LZString.compressToEncodedURIComponent(json);
  return version === 0 ? `#v0.${payload}` : `#v${version}.${checkCode(payload)}.${payload}`;
}

/** The packed payload of a v1 link: what follows the check code. */
export function payloadOf(hash: string): string {
  const m = /^#v1\.[0-9a-z]+\.(.*)$/.exec(hash);
  if (!m) throw new Error(`not a v1 link: ${hash.slice(0, 40)}`);
  return m[1]!;
}

/** The formats.md §1 example, typed in by hand. */
export { FORMATS_EXAMPLE } from '../../../test/support/specFixtures';
import { FORMATS_EXAMPLE } from '../../../test/support/specFixtures';

export function formatsExample(): Scenario {
  const parsed = parseScenario(structuredClone(FORMATS_EXAMPLE));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
}
