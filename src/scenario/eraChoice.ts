import { DEFAULT_ERA, eraConstants, type Era, type FirstChunkPath } from '../engine/era';
import type { Config } from '../engine/types';

export interface EraChoice {
  era: Era;
  firstChunk: FirstChunkPath;
  up: boolean;
  wordBits: 64 | 32;
}

/** The choice a config stands for (64-bit unless its dynSize is the era's 32-bit reserve). */
export function eraChoiceOf(config: Config): EraChoice {
  const era = config.era ?? DEFAULT_ERA;
  const reserve = eraConstants(era).dynamicReserve;
  return {
    era,
    firstChunk: config.firstChunk ?? 'embed',
    up: config.up ?? false,
    wordBits: config.dynSize === reserve[32] && reserve[32] !== reserve[64] ? 32 : 64,
  };
}

/**
 * The era choice sets the constants the era changed: EARLY_SIZE and the arch's dynamic request
 * (PERCPU_DYNAMIC_RESERVE for the word size); PCPU_MIN_UNIT_SIZE follows from the era itself.
 * 2.6.36 embed SMP leaves no version-2 field behind, so the config is a version-1 one again.
 */
export function applyEraChoice(config: Config, choice: EraChoice): Config {
  const constants = eraConstants(choice.era);
  const next: Config = {
    ...config,
    earlySize: constants.earlySize,
    dynSize: constants.dynamicReserve[choice.wordBits],
  };
  delete next.era;
  delete next.firstChunk;
  delete next.up;
  if (choice.era !== DEFAULT_ERA) {
    next.era = choice.era;
    next.earlyAlloc = true;
  }
  if (choice.firstChunk === 'page') next.firstChunk = 'page';
  if (choice.up) {
    next.up = true;
    next.cpus = 1;
    next.cpuToNode = [0];
  }
  return next;
}
