import { describe, expect, it } from 'vitest';
import { Timeline } from '../../engine/timeline';
import { narrate } from '../../narration/narrate';
import { findTerm } from '../../views/glossary/terms';
import { presetById } from '../presets';
import { lectureProblems, lectureSchema } from '../lectureSchema';
import { parseLectureText, plainLectureText } from '../lectureText';
import { BUILTIN_LECTURES } from '.';

/**
 * Every number a built-in lecture says must be true of the model at its stop: a lecture that
 * says "127 of 128" is checked against the map at that step, and any other number must be one
 * the model shows there (narration, kernel log, chunk figures, the layout, the ops).
 */

const NUMBER = /\d+(?:\.\d+)+|\d+/g;

function numbersIn(text: string): number[] {
  // A version such as 2.6.36 is a name, not a quantity.
  return [...text.matchAll(NUMBER)].filter((m) => !m[0].includes('.')).map((m) => Number(m[0]));
}

function factsAt(timeline: Timeline, ops: Parameters<typeof narrate>[0]['ops'], step: number) {
  const numbers = new Set<number>([step, step - 1]);
  const pairs = new Set<string>();
  const texts: string[] = [];
  for (const s of [0, Math.max(0, step - 1), step]) {
    const v = timeline.view(s);
    texts.push(...narrate({ step: s, ops, outcome: v.outcome, events: v.events, state: v.state }));
  }
  texts.push(...timeline.dmesgUpTo(step).map((l) => l.line));
  for (const t of texts) {
    for (const n of numbersIn(t)) numbers.add(n);
    for (const m of t.matchAll(/(\d+) of (\d+)/g)) pairs.add(`${m[1]} of ${m[2]}`);
  }
  const { state } = timeline.view(step);
  for (const c of state.chunks) {
    [c.id, c.map.length, c.mapAlloc, c.freeSize, c.contigHint].forEach((n) => numbers.add(n));
    pairs.add(`${c.map.length} of ${c.mapAlloc}`);
  }
  const l = state.layout;
  [l.unitSize, l.atomSize, l.upa, l.groups.length, ...l.groups.flatMap((g) => [g.baseOffset, g.nrUnits])].forEach((n) =>
    numbers.add(n),
  );
  for (const [, live] of state.live) numbers.add(live.offset);
  for (const op of ops) if (op.op === 'alloc') [op.size, op.align].forEach((n) => numbers.add(n));
  Object.values(state.config).forEach((v) => typeof v === 'number' && numbers.add(v));
  numbers.add(state.config.cpuToNode.length > 0 ? new Set(state.config.cpuToNode).size : 1);
  return { numbers, pairs };
}

describe('built-in lectures', () => {
  it('cover at least four presets, each a valid version-2 lecture', () => {
    expect(Object.keys(BUILTIN_LECTURES).length).toBeGreaterThanOrEqual(4);
    for (const [id, lecture] of Object.entries(BUILTIN_LECTURES)) {
      const preset = presetById(id);
      expect(preset, id).toBeDefined();
      expect(lectureSchema.safeParse(lecture).success, id).toBe(true);
      expect(lectureProblems(lecture, preset!.scenario.ops), id).toEqual([]);
    }
  });

  for (const [id, lecture] of Object.entries(BUILTIN_LECTURES)) {
    it(`${id}: every number in the text is the model's at its stop`, () => {
      const preset = presetById(id)!;
      const timeline = new Timeline(preset.scenario.config, preset.scenario.ops);
      lecture.stops.forEach((stop, i) => {
        expect(stop.step, `stop ${i + 1} is reachable`).toBeLessThanOrEqual(timeline.length);
        const text = plainLectureText(stop.text);
        const { numbers, pairs } = factsAt(timeline, preset.scenario.ops, stop.step);
        for (const m of text.matchAll(/(\d+) of (\d+)/g))
          expect(pairs.has(`${m[1]} of ${m[2]}`), `stop ${i + 1}: “${m[0]}”`).toBe(true);
        for (const n of numbersIn(text)) expect(numbers.has(n), `stop ${i + 1} says ${n}: “${text}”`).toBe(true);
      });
    });
  }

  it('link only to glossary terms that exist', () => {
    for (const lecture of Object.values(BUILTIN_LECTURES))
      for (const stop of lecture.stops)
        for (const piece of parseLectureText(stop.text))
          if (piece.kind === 'term') expect(findTerm(piece.term), piece.term).toBeDefined();
  });

  it('catches a wrong number (the check is not vacuous)', () => {
    const preset = presetById('early-slot-exhaustion')!;
    const timeline = new Timeline(preset.scenario.config, preset.scenario.ops);
    const { pairs, numbers } = factsAt(timeline, preset.scenario.ops, 126);
    expect(pairs.has('127 of 128')).toBe(true);
    expect(pairs.has('126 of 128')).toBe(false);
    expect(numbers.has(22617)).toBe(false);
  });
});
