import type { Scenario } from '../engine/types';
import { parseScenario } from '../scenario/schema';
import type { Edit, EditResult, OpsChange } from './editTypes';
import { deleteOp, duplicateOp, insertOps, moveOp } from './opEdits';

function change(scenario: Scenario, edit: Edit): OpsChange {
  switch (edit.kind) {
    case 'insert':
      return insertOps(scenario.ops, edit.index, edit.ops, edit.label);
    case 'delete':
      return deleteOp(scenario.ops, edit.index);
    case 'duplicate':
      return duplicateOp(scenario.ops, edit.index);
    case 'move':
      return moveOp(scenario.ops, edit.index, edit.by);
  }
}

/** How many schema problems a refusal lists before "and N more". */
const SHOWN_PROBLEMS = 3;

/**
 * Applies one edit to a scenario. The result must pass the same schema as any loaded file;
 * otherwise the edit is refused with the schema's `path: reason` words and nothing changes.
 * Never throws; never mutates its input.
 */
export function applyEdit(scenario: Scenario, edit: Edit): EditResult {
  const result = change(scenario, edit);
  if (!result.ok) return result;
  const next: Scenario = { ...scenario, ops: result.ops };
  const parsed = parseScenario(next);
  if (!parsed.ok) {
    const shown = parsed.errors.slice(0, SHOWN_PROBLEMS).join('; ');
    const more = parsed.errors.length - SHOWN_PROBLEMS;
    return { ok: false, message: `Refused (${result.label}): ${shown}${more > 0 ? `; and ${more} more` : ''}` };
  }
  // The parsed copy is equal to `next`; keeping our own arrays lets history snapshots share ops.
  return {
    ok: true,
    scenario: next,
    remap: result.remap,
    focus: result.focus,
    notice: result.notice,
    label: result.label,
  };
}
