import * as z from 'zod/mini';
import { ERAS, eraConstants, type Era } from '../engine/era';
import { CONFIG_DEFAULTS } from './defaults';
import { isRecord } from './isRecord';

/**
 * Scenario format version 2's config fields: which kernel era's first-chunk constants setup
 * uses, the page first-chunk path, and uniprocessor kernels (docs/formats.md, "version 2").
 * Version 2 is version 1 plus optional fields; migrating a version-1 scenario only sets its
 * version. Kept apart from schema.ts so other version-2 additions merge beside it.
 */
export const CURRENT_SCENARIO_VERSION = 2;
export const ERA_CONFIG_KEYS = ['era', 'firstChunk', 'up'] as const;

const quoted = (value: unknown) =>
  typeof value === 'string' ? JSON.stringify(value.length > 20 ? value.slice(0, 20) + '…' : value) : String(value);

export const eraConfigFields = {
  era: z.optional(z.enum(ERAS, { error: (iss) => `must be one of ${ERAS.join(', ')} (got ${quoted(iss.input)})` })),
  firstChunk: z.optional(
    z.enum(['embed', 'page'], { error: (iss) => `must be "embed" or "page" (got ${quoted(iss.input)})` }),
  ),
  up: z.optional(z.boolean({ error: (iss) => `expected true or false, got ${quoted(iss.input)}` })),
};

/** True when a raw config object holds any version-2 field. */
export function hasEraFields(config: unknown): boolean {
  return isRecord(config) && ERA_CONFIG_KEYS.some((key) => config[key] !== undefined);
}

/** Migration 1 → 2: version 2 only adds optional fields, so nothing but the version changes. */
export function migrateScenarioV1ToV2<T extends { version: number }>(scenario: T): T & { version: 2 } {
  return { ...scenario, version: 2 };
}

/**
 * Rules between the version-2 fields and the rest, each `path: reason`. Only checked where the
 * fields themselves are well formed.
 */
export function eraConfigProblems(input: Record<string, unknown>): string[] {
  const config = input.config;
  if (!isRecord(config)) return [];
  const problems: string[] = [];
  const used = ERA_CONFIG_KEYS.filter((key) => config[key] !== undefined);
  if (used.length > 0 && input.version === 1) {
    for (const key of used) problems.push(`config.${key}: needs scenario version 2 (this scenario says version 1)`);
    return problems;
  }
  const era = (ERAS as readonly unknown[]).includes(config.era) ? (config.era as Era) : undefined;
  if (config.era !== undefined && era === undefined) return problems;
  const constants = eraConstants(era);
  if (era !== undefined && era !== '2.6.36' && config.earlyAlloc === false) {
    problems.push(
      `config.earlyAlloc: false is 2.6.36's parent, which has no era ${era}: every kernel since 2.6.36 allocates before slab`,
    );
  }
  if (config.up === true) {
    if (!constants.upPercpu)
      problems.push(
        `config.up: 2.6.36 has no uniprocessor percpu allocator (UP kernels use it since 2.6.37): choose era 2.6.37 or later`,
      );
    const cpus = config.cpus ?? CONFIG_DEFAULTS.cpus;
    if (cpus !== 1)
      problems.push(
        `config.up: a uniprocessor kernel has exactly 1 CPU (config.cpus is ${quoted(cpus)}): set cpus to 1`,
      );
    if (config.firstChunk === 'page')
      problems.push(
        'config.firstChunk: a uniprocessor kernel has no page first chunk (its one unit is set up directly)',
      );
  }
  return problems;
}
