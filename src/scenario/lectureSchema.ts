import * as z from 'zod/mini';
import type { Op, Scenario } from '../engine/types';
import { MAX_OPS, MAX_TITLE } from './defaults';

/**
 * A lecture (scenario format version 2): ordered stops through the scenario, each a step, the
 * views to show, an optional focus and a short text with a few inline marks (lectureText.ts).
 * Kept in its own file so the version-2 config fields of another change merge beside it.
 */

/** The views a stop may show; the same ids as the app's panels (panel ids are stable). */
export const LECTURE_VIEWS = [
  'chunks',
  'units',
  'narration',
  'slots',
  'log',
  'timeline',
  'maparray',
  'memory',
  'codepath',
] as const;
export type LectureView = (typeof LECTURE_VIEWS)[number];

export const MAX_STOPS = 200;
export const MAX_STOP_TEXT = 2000;

export interface LectureFocus {
  /** A chunk to zoom to, by id as the maps show it. */
  chunk?: number;
  /** The offset range to zoom to, in bytes, within that chunk. */
  from?: number;
  to?: number;
  /** An allocation to select, by the index of the alloc op that made it. */
  alloc?: number;
}

export interface LectureStop {
  step: number;
  views?: LectureView[];
  focus?: LectureFocus;
  text: string;
}

export interface Lecture {
  title?: string;
  stops: LectureStop[];
}

/** A scenario that may carry a lecture (the engine never reads it). */
export interface LecturedScenario extends Scenario {
  lecture?: Lecture;
}

export const lectureOf = (scenario: Scenario): Lecture | undefined => (scenario as LecturedScenario).lecture;

/** The same scenario with another lecture (or none). */
export function withLecture(scenario: Scenario, lecture: Lecture | undefined): Scenario {
  const { lecture: _old, ...rest } = scenario as LecturedScenario;
  void _old;
  return lecture && lecture.stops.length > 0 ? ({ ...rest, lecture } as LecturedScenario) : rest;
}

const whole = (max: number) =>
  z.number({ error: (iss) => (iss.input === undefined ? 'is required' : 'expected an integer') }).check((ctx) => {
    const v = ctx.value;
    if (!Number.isInteger(v)) ctx.issues.push({ code: 'custom', input: v, message: 'must be an integer' });
    else if (v < 0 || v > max)
      ctx.issues.push({ code: 'custom', input: v, message: `must be between 0 and ${max} (got ${v})` });
  });

const capped = (max: number) =>
  z.string({ error: (iss) => (iss.input === undefined ? 'is required' : 'expected text') }).check(
    z.maxLength(max, {
      error: (iss) => `must be at most ${max} characters (got ${String((iss.input as string).length)})`,
    }),
  );

const focusSchema = z.strictObject(
  {
    chunk: z.optional(whole(MAX_OPS)),
    from: z.optional(whole(2 ** 31)),
    to: z.optional(whole(2 ** 31)),
    alloc: z.optional(whole(MAX_OPS - 1)),
  },
  { error: () => 'expected a focus object' },
);

const stopSchema = z.strictObject(
  {
    step: whole(MAX_OPS),
    views: z.optional(
      z
        .array(z.enum(LECTURE_VIEWS, { error: () => `must be one of ${LECTURE_VIEWS.join(', ')}` }), {
          error: () => 'expected an array of view ids',
        })
        .check(z.maxLength(LECTURE_VIEWS.length, { error: () => `at most ${LECTURE_VIEWS.length} views` })),
    ),
    focus: z.optional(focusSchema),
    text: capped(MAX_STOP_TEXT),
  },
  { error: () => 'expected a stop object' },
);

export const lectureSchema = z.strictObject(
  {
    title: z.optional(capped(MAX_TITLE)),
    stops: z
      .array(stopSchema, { error: (iss) => (iss.input === undefined ? 'is required' : 'expected an array of stops') })
      .check(
        z.minLength(1, { error: () => 'a lecture needs at least one stop' }),
        z.maxLength(MAX_STOPS, {
          error: (iss) => `at most ${MAX_STOPS} stops (got ${String((iss.input as unknown[]).length)})`,
        }),
      ),
  },
  { error: () => 'expected a lecture object' },
);

/** Rules against the scenario's ops: a stop's step exists, its allocation is an alloc op, from ≤ to. */
export function lectureProblems(lecture: unknown, ops: readonly unknown[]): string[] {
  if (typeof lecture !== 'object' || lecture === null || !Array.isArray((lecture as Lecture).stops)) return [];
  const problems: string[] = [];
  (lecture as Lecture).stops.forEach((stop, i) => {
    if (typeof stop !== 'object' || stop === null) return;
    const at = `lecture.stops[${i}]`;
    if (Number.isInteger(stop.step) && stop.step > ops.length)
      problems.push(
        `${at}.step: the scenario has ${ops.length} ops, so steps go up to ${ops.length} (got ${stop.step})`,
      );
    const focus = stop.focus;
    if (typeof focus !== 'object' || focus === null) return;
    if (Number.isInteger(focus.alloc) && (focus.alloc as number) < ops.length) {
      const op = ops[focus.alloc!] as Op | undefined;
      if (op?.op !== 'alloc') problems.push(`${at}.focus.alloc: ops[${focus.alloc}] is not an alloc`);
    } else if (Number.isInteger(focus.alloc)) problems.push(`${at}.focus.alloc: there is no ops[${focus.alloc}]`);
    if (Number.isInteger(focus.from) && Number.isInteger(focus.to) && focus.from! >= focus.to!)
      problems.push(`${at}.focus: from (${focus.from}) must be below to (${focus.to})`);
  });
  return problems;
}
