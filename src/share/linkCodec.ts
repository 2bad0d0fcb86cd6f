import type { Scenario } from '../engine/types';
import { countProblems, moreProblemsLine } from '../scenario/problemList';
import { couldStartCheckCode, matchesCheckCode, readCheckCode, type CheckCode } from './checksum';
import { shorten, withThousands } from './describeValue';
import { decodeLzUri } from './lzDecode';
import { CURRENT_LINK_VERSION, migratePayload } from './migrations';
import { fromPayload, type LinkView } from './payload';
import { nestsDeeperThan, readJson } from './safeJson';

export type { LinkView } from './payload';
export { encodeLink } from './encodeLink';

/** Links longer than this are refused unread (64 KB). */
export const MAX_LINK_LENGTH = 65536;
/** A link may unpack to at most this much JSON: enough for any real scenario, too little for a zip bomb. */
export const MAX_UNPACKED_LENGTH = 8 * 1024 * 1024;
/** The deepest nesting any payload version uses is 4; beyond this the content is not ours. */
export const MAX_PAYLOAD_DEPTH = 16;

export type LinkErrorKind = 'empty' | 'foreign' | 'oversized' | 'newer' | 'truncated' | 'damaged' | 'invalid';

export type DecodedLink =
  | { ok: true; scenario: Scenario; view: LinkView; length: number; version: number }
  | { ok: false; kind: LinkErrorKind; message: string; length: number; problems: string[] };

export const TRUNCATED_MESSAGE = 'the link is truncated — did you copy all of it?';
export const DAMAGED_MESSAGE = 'the link is damaged — a character was changed or lost';

/** The characters lz-string's URI-safe packing uses. */
const LINK_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const TRAILING_NON_LINK = /[^A-Za-z0-9+\-$]+$/;

const PREFIX = /^v(\d+)\.([\s\S]*)$/;

const SHOWN_IN_MESSAGE = 3;

function invalidMessage(problems: string[]): string {
  const shown = problems.slice(0, SHOWN_IN_MESSAGE).filter((line) => !line.startsWith('… and '));
  const more = countProblems(problems) - shown.length;
  return `the link's scenario is not valid: ${shown.join('; ')}${more > 0 ? ` (${moreProblemsLine(more).replace(/^… /, '')})` : ''}`;
}

function decode(hash: unknown, length: number): DecodedLink {
  const fail = (kind: LinkErrorKind, message: string, problems: string[] = []): DecodedLink => ({
    ok: false,
    kind,
    message,
    length,
    problems,
  });
  if (typeof hash !== 'string') return fail('foreign', 'expected the link as text');
  if (length > MAX_LINK_LENGTH) {
    return fail(
      'oversized',
      `the link is ${withThousands(length)} characters long; links over ${withThousands(MAX_LINK_LENGTH)} characters (64 KB) are refused — share a file instead`,
    );
  }
  // Accept a bare hash, the hash with its '#', or a whole pasted URL.
  let text = hash.trim();
  const hashAt = text.indexOf('#');
  if (hashAt >= 0) text = text.slice(hashAt + 1);
  if (text === '') return fail('empty', 'the link is empty — there is no scenario in it');

  const m = PREFIX.exec(text);
  if (!m) {
    if (/^v\d+$/.test(text)) return fail('truncated', TRUNCATED_MESSAGE);
    return fail('foreign', `this is not a Percpu Explorer share link (those start with #v${CURRENT_LINK_VERSION}.)`);
  }
  const digits = m[1]!;
  const version = Number(digits);
  if (version > CURRENT_LINK_VERSION) {
    const shown = shorten(digits.replace(/^0+(?=\d)/, ''), 12);
    return fail(
      'newer',
      `this link was made by a newer version (v${shown}) of Percpu Explorer; this page reads links up to v${CURRENT_LINK_VERSION} — reload it to get the newest version`,
    );
  }

  // Chat tools sometimes turn '+' into a space or percent-encode '$'.
  let rest = m[2]!.replace(/ /g, '+');
  if (rest.includes('%')) {
    try {
      rest = decodeURIComponent(rest);
    } catch {
      return fail('damaged', 'the link is damaged — it contains a broken %-escape');
    }
  }
  // v0 drafts predate the check code; from v1 on it sits between the version and the payload.
  if (version === 0) return readPayload(rest, version, length, fail);

  const dot = rest.indexOf('.');
  if (dot < 0) {
    if (couldStartCheckCode(rest)) return fail('truncated', TRUNCATED_MESSAGE);
    return fail('damaged', DAMAGED_MESSAGE, ['(link): the check code after the version is missing']);
  }
  const check = readCheckCode(rest.slice(0, dot));
  const body = rest.slice(dot + 1);
  if (!check) {
    return fail('damaged', DAMAGED_MESSAGE, [
      `(link): "${shorten(rest.slice(0, dot), 20)}" is not a check code (6 to 10 lower-case letters and digits)`,
    ]);
  }
  if (body === '') return fail('truncated', TRUNCATED_MESSAGE);
  // Chat tools and sentences add punctuation after a link ("see …#v1.x.N4Ig."); no payload ends in it.
  const trimmed = body.replace(TRAILING_NON_LINK, '');
  if (trimmed !== body && matchesCheckCode(trimmed, check)) return readPayload(trimmed, version, length, fail);
  if (!matchesCheckCode(body, check)) {
    if (body.length < check.length && looksCutShort(body, check)) return fail('truncated', TRUNCATED_MESSAGE);
    return fail('damaged', DAMAGED_MESSAGE, [mismatchProblem(body, check.length)]);
  }
  return readPayload(body, version, length, fail);
}

/**
 * A payload cut short stops before its end mark, unless only the final padding character (bits
 * after the end mark, always 'A') was lost. A payload that ends properly but is shorter than its
 * check code says had a character lost in the middle, or a changed check code: damaged.
 */
function looksCutShort(body: string, check: CheckCode): boolean {
  if (matchesCheckCode(body + 'A'.repeat(check.length - body.length), check)) return true;
  const unpacked = decodeLzUri(body, MAX_UNPACKED_LENGTH);
  return !unpacked.ok && unpacked.reason === 'truncated';
}

function mismatchProblem(body: string, expected: number): string {
  for (const ch of body) {
    if (!LINK_ALPHABET.includes(ch)) return `(link): it contains ${JSON.stringify(ch)}, which no link has`;
  }
  if (body.length !== expected) {
    return `(link): ${withThousands(expected)} characters should follow the check code, but ${withThousands(body.length)} do`;
  }
  return '(link): its content does not match its check code';
}

type Fail = (kind: LinkErrorKind, message: string, problems?: string[]) => DecodedLink;

/** Unpacks, parses, upgrades and validates a payload whose check code (if any) matched. */
function readPayload(body: string, version: number, length: number, fail: Fail): DecodedLink {
  if (body === '') return fail('truncated', TRUNCATED_MESSAGE);

  const unpacked = decodeLzUri(body, MAX_UNPACKED_LENGTH);
  if (!unpacked.ok) {
    if (unpacked.reason === 'truncated') return fail('truncated', TRUNCATED_MESSAGE);
    if (unpacked.reason === 'too-long') {
      return fail(
        'oversized',
        `the link unpacks to more than ${withThousands(MAX_UNPACKED_LENGTH)} characters; it is refused`,
      );
    }
    return fail('damaged', `the link is damaged — ${unpacked.detail}; was part of it changed?`);
  }
  const json = readJson(unpacked.text);
  if (!json.ok) {
    if (json.endsEarly) return fail('truncated', TRUNCATED_MESSAGE);
    return fail('damaged', 'the link is damaged — it does not unpack to a scenario; was part of it changed?');
  }
  if (nestsDeeperThan(json.value, MAX_PAYLOAD_DEPTH)) {
    const problem = `(link): nested more than ${MAX_PAYLOAD_DEPTH} levels deep; no scenario is`;
    return fail('invalid', invalidMessage([problem]), [problem]);
  }
  const migrated = migratePayload(json.value, version);
  if (!migrated.ok) return fail('invalid', invalidMessage(migrated.problems), migrated.problems);
  const read = fromPayload(migrated.payload);
  if (!read.ok) return fail('invalid', invalidMessage(read.problems), read.problems);
  return { ok: true, scenario: read.scenario, view: read.view, length, version };
}

/**
 * Reads a share link: `location.hash`, the hash without '#', or a whole pasted URL. Never throws;
 * every failure is one of LinkErrorKind with a message for people. `length` is the input's length.
 */
export function decodeLink(hash: string): DecodedLink {
  const length = typeof hash === 'string' ? hash.length : 0;
  try {
    return decode(hash, length);
  } catch (e) {
    // Last line of defence: nothing above is expected to throw, but a link must never crash the app.
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      kind: 'damaged',
      message: `the link could not be read (${shorten(why, 80)})`,
      length,
      problems: [],
    };
  }
}
