import type { Config } from '../engine/types';
import { CONFIG_LIMITS } from '../scenario/defaults';
import { firstRegrouped, sizeSum, type SetupFacts } from './dmesgFacts';

/**
 * Why a number of a real log plausibly differs from the model's. The hints name what
 * changed in later kernels, or which config field to set to reproduce the log.
 */
export interface HintContext {
  log: SetupFacts;
  model: SetupFacts;
  config: Config | undefined;
  pageSize: number;
}

/** 2.6.36's smallest unit (and largest request). */
const UNIT_MIN_2636 = 65536;
/** PCPU_MIN_UNIT_SIZE from 2.6.37 on. */
const UNIT_MIN_LATER = 32768;
/** PERCPU_DYNAMIC_RESERVE of later 64-bit kernels. */
const LATER_DYNAMIC_RESERVE = 28672;

const PAGE_SIZES = CONFIG_LIMITS.pageSize as readonly number[];

function differs(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && a !== b;
}

function cpuSummary(facts: SetupFacts): string {
  return `${facts.cpuCount} CPU${facts.cpuCount === 1 ? '' : 's'} in ${facts.groupCount} group${facts.groupCount === 1 ? '' : 's'}`;
}

export function explainPages(pages: number, ctx: HintContext): string {
  const logSum = sizeSum(ctx.log);
  const modelSum = sizeSum(ctx.model);
  if (differs(logSum, modelSum)) return 'pages = (s+r+d) / page size, so it follows the size differences';
  if (logSum !== null && pages > 0 && logSum % pages === 0 && PAGE_SIZES.includes(logSum / pages)) {
    return `s+r+d = ${logSum} in ${pages} pages means ${logSum / pages}-byte pages; the model uses ${ctx.pageSize}: set pageSize`;
  }
  return 'pages = (s+r+d) / page size';
}

export function explainStatic(log: number): string {
  return `the static section's size depends on the kernel version and its build config: set staticSize to ${log}`;
}

export function explainReserved(log: number): string {
  if (log === 0)
    return "r0: the log's kernel reserves nothing for modules (built without CONFIG_MODULES): set reservedSize to 0";
  return `set reservedSize to ${log} (PERCPU_MODULE_RESERVE is 8 KiB when modules are enabled)`;
}

export function explainDyn(log: number, ctx: HintContext): string[] {
  const out: string[] = [];
  const { config } = ctx;
  if (config?.earlyAlloc && log < config.earlySize) {
    out.push(
      `the log's d is smaller than EARLY_SIZE (${config.earlySize}): with earlyAlloc the model never makes the dynamic ` +
        'area smaller than that, so the log comes from a kernel without early allocation (before 2.6.36: turn ' +
        'earlyAlloc off) or with a smaller PERCPU_DYNAMIC_EARLY_SIZE',
    );
    return out;
  }
  if (log >= LATER_DYNAMIC_RESERVE && log < LATER_DYNAMIC_RESERVE + ctx.pageSize) {
    out.push('later kernels reserve 28 KiB (PERCPU_DYNAMIC_RESERVE on 64-bit); 2.6.36 on x86 asks for 20 KiB');
  }
  if (differs(ctx.log.staticSize, ctx.model.staticSize) || differs(ctx.log.reservedSize, ctx.model.reservedSize)) {
    out.push('d is what the page rounding of s+r+d leaves, so it moves with s and r');
  }
  const sum = sizeSum(ctx.log);
  if (sum !== null && sum % ctx.pageSize === 0) {
    out.push(
      `the printed d is the final, rounded size: dynSize = ${log} reproduces it because s+r+d = ${sum} is page aligned`,
    );
  } else if (sum !== null) {
    out.push(
      `s+r+d = ${sum} is not a multiple of the ${ctx.pageSize}-byte page, so the model rounds it up: check pageSize`,
    );
  }
  return out;
}

export function explainUnit(log: number, ctx: HintContext): string[] {
  const out: string[] = [];
  if (log >= UNIT_MIN_LATER && log < UNIT_MIN_2636) {
    out.push('later kernel (2.6.37+) has a 32 KiB PCPU_MIN_UNIT_SIZE; in 2.6.36 no unit is below 64 KiB');
  } else if (log < UNIT_MIN_LATER) {
    out.push('below the 32 KiB minimum unit of every kernel since 2.6.37: the line may have been edited');
  }
  const logSum = sizeSum(ctx.log);
  const modelSum = sizeSum(ctx.model);
  if (differs(logSum, modelSum)) out.push(`a unit holds at least s+r+d (log ${logSum}, model ${modelSum})`);
  if (differs(ctx.log.atomSize, ctx.model.atomSize)) {
    out.push(
      `units are cut from atom-aligned allocations (atom: log ${ctx.log.atomSize}, model ${ctx.model.atomSize})`,
    );
  }
  if (
    ctx.log.cpuCount > 0 &&
    (ctx.log.cpuCount !== ctx.model.cpuCount || ctx.log.groupCount !== ctx.model.groupCount)
  ) {
    out.push(
      `units per allocation are chosen from the CPUs and their groups (log: ${cpuSummary(ctx.log)}, model: ${cpuSummary(ctx.model)})`,
    );
  }
  if (out.length === 0)
    out.push("the model's inputs agree with the log, so the log's kernel chose its units differently");
  return out;
}

export function explainAtom(log: number): string {
  return (
    `set atomSize to ${log}: the embed path allocates in PMD_SIZE atoms when the CPU maps large pages ` +
    '(2 MiB on x86_64 and PAE x86_32, 4 MiB on x86_32 without PAE), else in PAGE_SIZE atoms'
  );
}

export function explainAllocs(ctx: HintContext): string {
  const { log, model } = ctx;
  const logSize = log.allocs !== null && log.atomSize !== null ? log.allocs * log.atomSize : null;
  const modelSize = model.allocs !== null && model.atomSize !== null ? model.allocs * model.atomSize : null;
  return (
    `alloc size = units per allocation × unit size (log ${logSize ?? '?'}, model ${modelSize ?? '?'}), ` +
    'so it follows the unit size and the units per allocation'
  );
}

/** Reasons shared by every dump line that differs. */
export function explainDump(ctx: HintContext): string[] {
  const { log, model } = ctx;
  const out: string[] = [];
  if (differs(log.upa, model.upa)) {
    out.push(
      `units per allocation: log ${log.upa}, model ${model.upa}` +
        (differs(log.unitSize, model.unitSize) ? ' (it follows the unit size)' : ''),
    );
  }
  if (log.cpuCount > 0 && log.cpuCount !== model.cpuCount) {
    out.push(`the log lists ${log.cpuCount} CPUs, the model has ${model.cpuCount}: set cpus to ${log.cpuCount}`);
  } else {
    const moved = firstRegrouped(log, model);
    if (moved && moved[2] !== null) {
      out.push(
        `CPU ${moved[0]} is in group ${moved[1]} in the log, group ${moved[2]} in the model: the model groups CPUs ` +
          `by node, so set cpuToNode (group g = node g)`,
      );
    }
  }
  return out;
}
