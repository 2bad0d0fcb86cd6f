import type { Config, Op } from '../engine/types';
import type { ParsedFtrace } from '.';
import { parseScenario, type ScenarioParse } from '../scenario/schema';

export const IMPORTED_TITLE = 'Imported ftrace';

/**
 * Puts slab-online first: a trace is recorded on a running kernel, where slab is long up, so
 * replaying it before slab would fail map extensions the traced kernel never failed. Frees
 * name alloc ops by index, so they move by one too.
 */
function afterSlab(ops: readonly Op[]): Op[] {
  return [{ op: 'slab-online' }, ...ops.map((op): Op => (op.op === 'free' ? { op: 'free', alloc: op.alloc + 1 } : op))];
}

/** The trace's ops on the current machine, validated like any scenario file. */
export function ftraceScenario(parsed: ParsedFtrace, config: Config, options: { slabFirst: boolean }): ScenarioParse {
  if (parsed.ops.length === 0) return { ok: false, errors: ['(trace): no allocations or frees to replay'] };
  const ops = options.slabFirst ? afterSlab(parsed.ops) : parsed.ops;
  return parseScenario({ format: 'percpu-scenario', version: 1, title: IMPORTED_TITLE, config, ops });
}
