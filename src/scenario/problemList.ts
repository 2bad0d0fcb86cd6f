/**
 * A list of `path: reason` lines that keeps only the first MAX_PROBLEMS and counts the rest, so
 * no input can make a message (or the work behind it) grow without bound.
 */
export const MAX_PROBLEMS = 100;

const MORE = /^… and ([\d,]+) more problems?$/;

export function moreProblemsLine(n: number): string {
  return `… and ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} more problem${n === 1 ? '' : 's'}`;
}

export class ProblemList {
  readonly lines: string[] = [];
  total = 0;

  constructor(readonly max: number = MAX_PROBLEMS) {}

  get full(): boolean {
    return this.total >= this.max;
  }

  add(line: string): void {
    this.total++;
    if (this.lines.length < this.max) this.lines.push(line);
  }

  /** Counts problems that were not worth writing out (the list is already full). */
  addUnwritten(count: number): void {
    this.total += count;
  }

  /** The kept lines, then "… and N more problems" when some were left out. */
  result(): string[] {
    const more = this.total - this.lines.length;
    return more > 0 ? [...this.lines, moreProblemsLine(more)] : [...this.lines];
  }
}

/** Caps an already built list the same way (lists that already end in a "more" line stay exact). */
export function capProblems(lines: readonly string[], max: number = MAX_PROBLEMS): string[] {
  const list = new ProblemList(max);
  for (const line of lines) {
    const more = MORE.exec(line);
    if (more) list.addUnwritten(Number(more[1]!.replace(/,/g, '')));
    else list.add(line);
  }
  return list.result();
}

/** How many problems a capped list stands for, counting its "… and N more" line. */
export function countProblems(lines: readonly string[]): number {
  let n = 0;
  for (const line of lines) {
    const more = MORE.exec(line);
    n += more ? Number(more[1]!.replace(/,/g, '')) : 1;
  }
  return n;
}
