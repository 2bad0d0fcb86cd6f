import {
  STEP_DIFFERENT,
  STEP_LEFT_FAILS,
  STEP_LEFT_MISSING,
  STEP_RIGHT_FAILS,
  STEP_RIGHT_MISSING,
  STEP_SAME,
  type Side,
  type StepFlag,
} from './divergence';

/** A run of consecutive ops with the same (non-same) flag; from and to are op indices, inclusive. */
export interface FlagRun {
  flag: StepFlag;
  from: number;
  to: number;
}

/** Consecutive equal flags merged, SAME left out: a handful of runs even for 100,000 steps. */
export function flagRuns(flags: Uint8Array): FlagRun[] {
  const runs: FlagRun[] = [];
  let i = 0;
  while (i < flags.length) {
    const flag = flags[i]! as StepFlag;
    let j = i;
    while (j + 1 < flags.length && flags[j + 1] === flag) j++;
    if (flag !== STEP_SAME) runs.push({ flag, from: i, to: j });
    i = j + 1;
  }
  return runs;
}

/** Flags that mean "one side fails (or no longer runs) and the other does not". */
export function isOneSided(flag: StepFlag): boolean {
  return flag !== STEP_SAME && flag !== STEP_DIFFERENT;
}

/** The side a one-sided flag is about (the one that fails or did not run), or null. */
export function failingSide(flag: StepFlag): Side | null {
  if (flag === STEP_LEFT_FAILS || flag === STEP_LEFT_MISSING) return 'left';
  if (flag === STEP_RIGHT_FAILS || flag === STEP_RIGHT_MISSING) return 'right';
  return null;
}

/** A stable name per flag (CSS classes, test ids). */
export const FLAG_NAMES: Record<StepFlag, string> = {
  [STEP_SAME]: 'same',
  [STEP_DIFFERENT]: 'different',
  [STEP_LEFT_FAILS]: 'left-fails',
  [STEP_RIGHT_FAILS]: 'right-fails',
  [STEP_LEFT_MISSING]: 'left-missing',
  [STEP_RIGHT_MISSING]: 'right-missing',
};
