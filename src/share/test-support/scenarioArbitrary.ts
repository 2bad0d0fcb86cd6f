import fc from 'fast-check';
import type { Op, Scenario } from '../../engine/types';
import { CONFIG_LIMITS as L, MAX_LABEL } from '../../scenario/defaults';
import { parseScenario } from '../../scenario/schema';
import type { LinkView } from '../payload';

/** Labels people paste: markup that must stay text, right-to-left text, emoji, and a lone surrogate. */
export const NASTY_LABELS = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "'; DROP TABLE ops; --",
  'kmem_cache_cpu kmalloc-64',
  'ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ',
  'שלום percpu',
  '👩‍💻 per-cpu 🧮',
  '\u0000\u001f\u2028\u2029',
  'lone \ud800 surrogate',
  '',
  '__proto__',
  '%24%2B#v1.',
];

const label = fc.oneof(
  fc.constantFrom(...NASTY_LABELS),
  fc.string({ unit: 'binary', maxLength: MAX_LABEL }).map((s) => s.slice(0, MAX_LABEL)),
  fc.string({ maxLength: 30 }),
);

const powerOfTwo = (minLog2: number, maxLog2: number) => fc.integer({ min: minLog2, max: maxLog2 }).map((k) => 2 ** k);

const configArb = fc
  .record(
    {
      earlyAlloc: fc.boolean(),
      pageSize: fc.constantFrom(...L.pageSize),
      cpus: fc.integer({ min: 1, max: 12 }),
      staticSize: fc.integer({ min: L.staticSize.min, max: L.staticSize.max }),
      reservedSize: fc.integer({ min: L.reservedSize.min, max: L.reservedSize.max }),
      dynSize: fc.integer({ min: L.dynSize.min, max: L.dynSize.max }),
      atomSize: powerOfTwo(12, L.atomSize.maxLog2),
      earlySize: fc.integer({ min: L.earlySize.min, max: L.earlySize.max }),
      earlySlots: fc.integer({ min: L.earlySlots.min, max: L.earlySlots.max }),
      nodes: fc.option(fc.array(fc.integer({ min: L.node.min, max: L.node.max }), { minLength: 12, maxLength: 12 })),
    },
    { requiredKeys: [] },
  )
  .map(({ nodes, ...config }) => {
    // The atom is at least a page, and cpuToNode has one entry per CPU.
    if (config.atomSize !== undefined) config.atomSize = Math.max(config.atomSize, config.pageSize ?? 4096);
    if (!nodes) return config;
    return { ...config, cpuToNode: nodes.slice(0, config.cpus ?? 4) };
  });

type Intent =
  | { kind: 'alloc'; size: number; align: number; reserved?: boolean; label?: string }
  | { kind: 'free'; pick: number }
  | { kind: 'mark'; label: string }
  | { kind: 'slab' };

const intentArb: fc.Arbitrary<Intent> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record(
      {
        kind: fc.constant('alloc' as const),
        size: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: L.allocSize.min, max: L.allocSize.max })),
        align: powerOfTwo(0, 30),
        reserved: fc.boolean(),
        label,
      },
      { requiredKeys: ['kind', 'size', 'align'] },
    ),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('free' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('mark' as const), label }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'slab' as const }) },
);

/** Turns intents into valid ops: frees only name earlier unfreed allocs, slab-online at most once. */
function toOps(intents: Intent[]): Op[] {
  const ops: Op[] = [];
  const unfreed: number[] = [];
  let slab = false;
  for (const it of intents) {
    if (it.kind === 'alloc') {
      unfreed.push(ops.length);
      ops.push({
        op: 'alloc',
        size: it.size,
        align: it.align,
        ...(it.reserved !== undefined && { reserved: it.reserved }),
        ...(it.label !== undefined && { label: it.label }),
      });
    } else if (it.kind === 'free') {
      if (unfreed.length === 0) continue;
      const [target] = unfreed.splice(it.pick % unfreed.length, 1);
      ops.push({ op: 'free', alloc: target! });
    } else if (it.kind === 'mark') ops.push({ op: 'mark', label: it.label });
    else if (!slab) {
      slab = true;
      ops.push({ op: 'slab-online' });
    }
  }
  return ops;
}

/** Valid scenarios, exactly as parseScenario returns them (defaults filled in). */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record(
    {
      title: fc.oneof(fc.constantFrom(...NASTY_LABELS), fc.string({ maxLength: 120 })),
      description: fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => s.slice(0, 2000)),
      config: configArb,
      intents: fc.array(intentArb, { maxLength: 60 }),
    },
    { requiredKeys: ['intents'] },
  )
  .map(({ intents, ...rest }) => {
    const parsed = parseScenario({ format: 'percpu-scenario', version: 1, ...rest, ops: toOps(intents) });
    if (!parsed.ok) throw new Error(`generator made an invalid scenario: ${parsed.errors.join('; ')}`);
    return parsed.scenario;
  });

/** A scenario together with a view that fits it. */
export const scenarioWithViewArb: fc.Arbitrary<{ scenario: Scenario; view: LinkView }> = scenarioArb.chain(
  (scenario) => {
    const allocs = scenario.ops.flatMap((op, i) => (op.op === 'alloc' ? [i] : []));
    return fc
      .record(
        {
          step: fc.integer({ min: 0, max: scenario.ops.length }),
          selection: allocs.length > 0 ? fc.option(fc.constantFrom(...allocs)) : fc.constant(null),
          panels: fc.array(fc.string({ minLength: 1, maxLength: 64 }), { maxLength: 6 }),
        },
        { requiredKeys: ['step', 'selection'], noNullPrototype: true },
      )
      .map((view) => ({ scenario, view }));
  },
);
