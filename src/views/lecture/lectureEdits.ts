import type { Lecture, LectureStop } from '../../scenario/lectureSchema';

/** Pure edits of a lecture's stops; each returns a new lecture (the store records it for undo). */

export const addStop = (lecture: Lecture | undefined, stop: LectureStop, after?: number): Lecture => {
  const stops = [...(lecture?.stops ?? [])];
  stops.splice(after === undefined ? stops.length : after + 1, 0, stop);
  return { ...(lecture ?? {}), stops };
};

export const editStop = (lecture: Lecture, index: number, change: Partial<LectureStop>): Lecture => ({
  ...lecture,
  stops: lecture.stops.map((s, i) => (i === index ? { ...s, ...change } : s)),
});

export function moveStop(lecture: Lecture, index: number, delta: -1 | 1): Lecture {
  const to = index + delta;
  if (to < 0 || to >= lecture.stops.length) return lecture;
  const stops = [...lecture.stops];
  [stops[index], stops[to]] = [stops[to]!, stops[index]!];
  return { ...lecture, stops };
}

/** Without its last stop a lecture is gone (undefined): the scenario is then version 1 again. */
export function deleteStop(lecture: Lecture, index: number): Lecture | undefined {
  const stops = lecture.stops.filter((_, i) => i !== index);
  return stops.length > 0 ? { ...lecture, stops } : undefined;
}

/** The share link opened in lecture mode at stop `stop` (1-based). */
export function lectureLink(url: string, stop = 1): string {
  const hashAt = url.indexOf('#');
  const base = hashAt < 0 ? url : url.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  const clean = base.replace(/([?&])lecture=[^&#]*(&|$)/, '$1').replace(/[?&]$/, '');
  return `${clean}${clean.includes('?') ? '&' : '?'}lecture=${stop}${hash}`;
}
