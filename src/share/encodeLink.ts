import LZString from 'lz-string';
import type { Scenario } from '../engine/types';
import { formatVersionOf } from '../scenario/schema';
import { checkCode } from './checksum';
import { CURRENT_LINK_VERSION } from './migrations';
import { toPayload, type LinkView } from './payload';

/**
 * `#v1.<check code>.<payload>`: the lz-string packed payload JSON (payload.ts), guarded by checksum.ts.
 * A scenario with a lecture needs v2 (the `k` field); without one the link stays v1, exactly as
 * before, so older pages still open it.
 *
 * The page itself packs links with linkEncoder.ts (the same bytes, resumable); this one-shot
 * form is for tests, benches and tools, and keeps lz-string out of the page's first load.
 */
export function encodeLink(scenario: Scenario, view: LinkView): string {
  const payload = LZString.compressToEncodedURIComponent(JSON.stringify(toPayload(scenario, view)));
  const version = Math.min(CURRENT_LINK_VERSION, formatVersionOf(scenario));
  return `#v${version}.${checkCode(payload)}.${payload}`;
}
