import type { Op, Scenario } from '../engine/types';
import { CONFIG_KEYS } from './defaults';
import { ERA_CONFIG_KEYS } from './eraSchema';
import { lectureOf } from './lectureSchema';
import { formatVersionOf } from './schema';

/**
 * A scenario file as formats.md writes it: it has its keys in the
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
