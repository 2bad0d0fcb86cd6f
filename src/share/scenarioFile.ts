import { lectureOf } from '../scenario/lectureSchema';
import { formatVersionOf } from '../scenario/schema';
import { serializeTrace } from '../engine/trace';
import type { Op, Scenario } from '../engine/types';
import { CONFIG_KEYS } from '../scenario/defaults';
import { ERA_CONFIG_KEYS } from '../scenario/eraSchema';

/**
 * Scenario and trace files as formats.md writes them. A scenario file has its keys in the
 * documented order (format, version, title, description, config, ops; config fields as in the
 * config table; alloc fields op, size, align, reserved, label), 2-space indent, one trailing newline.
 */

function orderedOp(op: Op): Op {
  switch (op.op) {
    case 'alloc':
      return {
        op: 'alloc',
        size: op.size,
        align: op.align,
        ...(op.reserved !== undefined && { reserved: op.reserved }),
        ...(op.label !== undefined && { label: op.label }),
      };
    case 'free':
      return { op: 'free', alloc: op.alloc };
    case 'mark':
      return { op: 'mark', label: op.label };
    case 'slab-online':
      return { op: 'slab-online' };
  }
}

export function scenarioFileText(scenario: Scenario): string {
  const config: Record<string, unknown> = Object.fromEntries(CONFIG_KEYS.map((key) => [key, scenario.config[key]]));
  // Version 2's fields are written only when set; a file that has one says version 2.
  for (const key of ERA_CONFIG_KEYS) if (scenario.config[key] !== undefined) config[key] = scenario.config[key];
  const ordered = {
    format: 'percpu-scenario',
    version: formatVersionOf(scenario),
    ...(scenario.title !== undefined && { title: scenario.title }),
    ...(scenario.description !== undefined && { description: scenario.description }),
    config,
    ops: scenario.ops.map(orderedOp),
    ...(lectureOf(scenario) && { lecture: lectureOf(scenario) }),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

/** The trace in the pieces the replay command writes (joined, byte-identical to its output). */
export function traceFileParts(scenario: Scenario): string[] {
  return [...serializeTrace(scenario.config, scenario.ops)];
}

const MAX_STEM = 60;

/** A file name stem from the title: "Two nodes, one module" -> "two-nodes-one-module". */
export function fileStem(title: string | undefined): string {
  const stem = (title ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_STEM)
    .replace(/^-+|-+$/g, '');
  return stem === '' ? 'scenario' : stem;
}
