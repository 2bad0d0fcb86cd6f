import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setup } from '../engine/setup';
import { withDefaults } from '../scenario/defaults';
import { parseScenario } from '../scenario/schema';
import { parseDmesg } from './dmesg';
import { compareDmesg } from './dmesgCompare';
import { applySuggestion } from './dmesgConfig';
import { parseFtrace } from './ftrace';
import { checkBootLog } from './checkLog';

/** Text built from the parsers' own vocabulary reaches far more code than random characters. */
const dmesgWords = fc.constantFrom(
  'PERCPU: Embedded',
  'percpu: Embedded',
  'PERCPU:',
  '4K',
  'pages/cpu',
  '@ffff880001e00000',
  's82880',
  'r8192',
  'r0',
  'd23616',
  'd8192',
  'u524288',
  'u32768',
  'u0',
  'alloc=1*2097152',
  'alloc=8*4096',
  'alloc=0*0',
  'pcpu-alloc:',
  '[0]',
  '[1]',
  '[99]',
  '0',
  '1',
  '07',
  '4095',
  '--',
  '-',
  '>',
  '<6>',
  '[    0.000000]',
  'kernel:',
  'Linux version 6.8.0',
  'Linux version 2.6.32',
  'setup_percpu: NR_CPUS:64 nr_cpumask_bits:64 nr_cpu_ids:4 nr_node_ids:1',
  '@(____ptrval____)',
  '=\n',
  '=3D',
  '=C2=A0',
  'percpu: allocation failed, size=16 align=16 atomic=0, alloc from reserved chunk failed',
  'illegal size (32792) or align (8) for percpu allocation',
  's0',
  'u32768',
  '28',
  '7',
  '99999999999999999999',
  '\n',
  '\n> ',
);
const ftraceWords = fc.constantFrom(
  'a-1 [000] ....',
  'perf 12 [001]',
  '1.0:',
  'percpu_alloc_percpu:',
  'percpu:percpu_free_percpu:',
  'percpu_free_percpu:',
  'percpu_alloc_percpu_fail:',
  'call_site=f+0x1/0x2 [m]',
  'reserved=1',
  'reserved=0',
  'is_atomic=1',
  'size=8',
  'size=0',
  'size=18446744073709551615',
  'align=8',
  'align=24',
  'align=1073741824',
  'align=2147483648',
  'base_addr=0000000011111111',
  'base_addr=(____ptrval____)',
  'base_addr=',
  'off=0',
  'off=-4',
  'ptr=0000000022222222',
  'ptr=(null)',
  '[LOST 3 EVENTS]',
  '\n',
  '\n> ',
);
const soup = (words: fc.Arbitrary<string>) => fc.array(words, { maxLength: 60 }).map((w) => w.join(' '));

describe('never throws, always yields something usable', () => {
  it('parseDmesg and compareDmesg on random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }), soup(dmesgWords)),
        (text) => {
          const parsed = parseDmesg(text);
          expect(parsed.problems.some((p) => p.startsWith('could not read the log'))).toBe(false);
          // The suggestion always loads as a scenario config, and the model can be compared against it.
          expect(parseScenario({ format: 'percpu-scenario', version: 1, config: parsed.config, ops: [] }).ok).toBe(
            true,
          );
          const config = applySuggestion(withDefaults({}), parsed.config);
          const result = compareDmesg(parsed, setup(config));
          expect(result.lines).toHaveLength(parsed.lines.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('checkBootLog on random text: a verdict, and a config that loads as a version-2 scenario', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), soup(dmesgWords)), (text) => {
        const check = checkBootLog(text);
        expect(check.notes.some((n) => n.startsWith('could not read the log'))).toBe(false);
        expect(['match', 'partial', 'differs', 'no-setup-lines']).toContain(check.verdict);
        if (check.config) {
          const loaded = parseScenario({ format: 'percpu-scenario', version: 2, config: check.config, ops: [] });
          expect(loaded.ok ? [] : loaded.errors).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('parseFtrace on random text gives ops that load as a scenario', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), soup(ftraceWords)), (text) => {
        const parsed = parseFtrace(text);
        expect(parsed.sourceLines).toHaveLength(parsed.ops.length);
        const scenario = parseScenario({ format: 'percpu-scenario', version: 1, ops: parsed.ops });
        expect(scenario.ok ? [] : scenario.errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
