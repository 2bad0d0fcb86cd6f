import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../share';
import { scenarioFileText } from '../share/scenarioFile';
import { DEFAULT_PRESET } from './presets';
import { lectureOf, MAX_STOP_TEXT, MAX_STOPS, withLecture, type Lecture } from './lectureSchema';
import { parseScenario, parseScenarioText } from './schema';

const lecture: Lecture = {
  title: 'A first look',
  stops: [
    { step: 0, views: ['chunks', 'narration'], text: 'The **first chunk** after setup.' },
    { step: 3, focus: { chunk: 1, from: 0, to: 4096, alloc: 2 }, text: 'See `pcpu_alloc` and [[slot]].' },
  ],
};
const base = DEFAULT_PRESET.scenario;
const withOne = withLecture(base, lecture);

describe('lecture (scenario format version 2)', () => {
  it('a version-1 scenario still opens: the migration only moves the version on', () => {
    const parsed = parseScenario({ ...base, version: 1 });
    expect(parsed.ok && parsed.scenario.version).toBe(1);
    expect(parsed.ok && parsed.scenario.ops).toEqual(base.ops);
  });

  it('a lecture makes it version 2 and comes back from a file and a link unchanged', () => {
    const text = scenarioFileText(withOne);
    expect(JSON.parse(text).version).toBe(2);
    const file = parseScenarioText(text);
    expect(file.ok && lectureOf(file.scenario)).toEqual(lecture);
    const hash = encodeLink(withOne, { step: 3, selection: null });
    expect(hash.startsWith('#v2.')).toBe(true);
    const link = decodeLink(hash);
    expect(link.ok && lectureOf(link.scenario)).toEqual(lecture);
    // Without a lecture the link stays v1, byte for byte as before.
    expect(encodeLink(base, { step: 0, selection: null }).startsWith('#v1.')).toBe(true);
  });

  it('bounds and names every bad field', () => {
    const bad = (l: unknown) => {
      const r = parseScenario({ ...base, version: 2, lecture: l });
      return r.ok ? [] : r.errors;
    };
    expect(bad({ stops: [] })).toEqual(['lecture.stops: a lecture needs at least one stop']);
    expect(bad({ stops: Array.from({ length: MAX_STOPS + 1 }, () => ({ step: 0, text: '' })) })).toEqual([
      `lecture.stops: at most ${MAX_STOPS} stops (got ${MAX_STOPS + 1})`,
    ]);
    expect(bad({ stops: [{ step: 0, text: 'x'.repeat(MAX_STOP_TEXT + 1) }] })).toEqual([
      `lecture.stops[0].text: must be at most ${MAX_STOP_TEXT} characters (got ${MAX_STOP_TEXT + 1})`,
    ]);
    expect(bad({ stops: [{ step: 0, text: '', views: ['editor'] }] })[0]).toMatch(
      /^lecture\.stops\[0\]\.views\[0\]: must be one of chunks/,
    );
    expect(bad({ stops: [{ step: base.ops.length + 1, text: '' }] })).toEqual([
      `lecture.stops[0].step: the scenario has ${base.ops.length} ops, so steps go up to ${base.ops.length} (got ${base.ops.length + 1})`,
    ]);
    expect(bad({ stops: [{ step: 1, text: '', focus: { alloc: 0, from: 8, to: 8 } }] })).toEqual([
      'lecture.stops[0].focus.alloc: ops[0] is not an alloc',
      'lecture.stops[0].focus: from (8) must be below to (8)',
    ]);
    expect(bad({ stops: [{ step: 1, text: '', colour: 'red' }] })).toEqual(['lecture.stops[0].colour: unknown field']);
  });
});
