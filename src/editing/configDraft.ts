import type { Config, Scenario } from '../engine/types';
import { CONFIG_KEYS } from '../scenario/defaults';
import { ERA_CONFIG_KEYS } from '../scenario/eraSchema';
import { parseScenario } from '../scenario/schema';
import { formatCpuToNode, parseCpuToNode } from './cpuToNodeText';

/** The form's own copy of the config: exactly what the person typed, never coerced. */
export type ConfigDraft = { [K in (typeof CONFIG_KEYS)[number]]: string };

export function draftOf(config: Config): ConfigDraft {
  const draft = Object.fromEntries(CONFIG_KEYS.map((key) => [key, String(config[key])])) as ConfigDraft;
  return { ...draft, cpuToNode: formatCpuToNode(config.cpuToNode) };
}

/** A number when the text is one; otherwise the text itself, so the schema names what was typed. */
function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : text;
}

export type DraftCheck =
  | { ok: true; config: Config }
  | { ok: false; fieldErrors: Partial<Record<keyof Config, string[]>>; otherErrors: string[] };

/** Which field a `config.<field>…: reason` message belongs to. */
function fieldOf(message: string): keyof Config | null {
  const match = /^config\.([A-Za-z]+)/.exec(message);
  return match ? (match[1] as keyof Config) : null;
}

/**
 * Validates the draft with the scenario schema (so messages are the ones a scenario file gets).
 * Ops are checked only on Apply: checking 100,000 ops on every keystroke would be slow.
 */
export function checkDraft(draft: ConfigDraft, scenario: Scenario): DraftCheck {
  const cpuToNode = parseCpuToNode(draft.cpuToNode);
  // Every field but the check box and the node list is a number typed as text.
  const candidate: Record<string, unknown> = { earlyAlloc: draft.earlyAlloc === 'true' };
  for (const field of CONFIG_KEYS) {
    if (field !== 'earlyAlloc' && field !== 'cpuToNode') candidate[field] = numberOrText(draft[field]);
  }
  if (cpuToNode.ok && cpuToNode.nodes) candidate.cpuToNode = cpuToNode.nodes;
  // The era fields (format version 2) have no form field: they are kept as the scenario has them.
  for (const field of ERA_CONFIG_KEYS) if (scenario.config[field] !== undefined) candidate[field] = scenario.config[field];
  const parsed = parseScenario({ format: scenario.format, version: scenario.version, config: candidate, ops: [] });
  const errors = parsed.ok ? [] : parsed.errors;
  if (!cpuToNode.ok) errors.push(cpuToNode.error);
  if (parsed.ok && errors.length === 0) return { ok: true, config: parsed.scenario.config };
  const fieldErrors: Partial<Record<keyof Config, string[]>> = {};
  const otherErrors: string[] = [];
  for (const message of errors) {
    const field = fieldOf(message);
    if (field && field in draft) (fieldErrors[field] ??= []).push(message);
    else otherErrors.push(message);
  }
  return { ok: false, fieldErrors, otherErrors };
}
