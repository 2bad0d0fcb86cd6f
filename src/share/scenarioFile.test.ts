import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../scenario/schema';
import { fileStem, scenarioFileText, traceFileParts } from './scenarioFile';
import { FORMATS_EXAMPLE, formatsExample } from './test-support/links';
import { NASTY_LABELS } from './test-support/scenarioArbitrary';

const conformance = import.meta.glob('../../test/conformance/*.scenario.json', {
  eager: true,
  query: '?raw',
  import: 'default',
}) as Record<string, string>;

describe('scenario files', () => {
  it('writes the formats.md example exactly as the spec prints it, keys in order', () => {
    // formats.md §1, with JSON.stringify's 2-space indent (arrays one item a line) and a final newline.
    expect(scenarioFileText(formatsExample())).toBe(JSON.stringify(FORMATS_EXAMPLE, null, 2) + '\n');
  });

  it('writes each fully spelled-out conformance scenario byte for byte', () => {
    let compared = 0;
    for (const [file, text] of Object.entries(conformance)) {
      const parsed = parseScenarioText(text);
      if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.join('; ')}`);
      // Files that leave config fields out come back with the defaults filled in, so differ on purpose.
      if (Object.keys((JSON.parse(text) as { config: object }).config).length !== 10) continue;
      expect(scenarioFileText(parsed.scenario), file).toBe(text);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(10);
  });

  it('reads back what it writes, markup in labels included', () => {
    const scenario = formatsExample();
    scenario.title = NASTY_LABELS[1]!;
    scenario.description = NASTY_LABELS[0]!;
    scenario.ops = NASTY_LABELS.map((label, i) =>
      i % 2 ? { op: 'mark', label } : { op: 'alloc', size: 8, align: 8, reserved: i === 4, label },
    );
    expect(parseScenarioText(scenarioFileText(scenario))).toEqual({ ok: true, scenario });
  });

  it('leaves out a missing title and description', () => {
    const scenario = formatsExample();
    delete scenario.title;
    delete scenario.description;
    expect(Object.keys(JSON.parse(scenarioFileText(scenario)) as object)).toEqual([
      'format',
      'version',
      'config',
      'ops',
    ]);
  });
});

describe('trace files', () => {
  it('equal the conformance trace of the formats.md example byte for byte', () => {
    const expected = Object.values(
      import.meta.glob('../../test/conformance/formats-example.trace.json', {
        eager: true,
        query: '?raw',
        import: 'default',
      }),
    )[0];
    expect(typeof expected).toBe('string');
    expect(traceFileParts(formatsExample()).join('')).toBe(expected);
  });
});

describe('file names', () => {
  it('come from the title, safe for any file system', () => {
    expect(fileStem('Two nodes, one module')).toBe('two-nodes-one-module');
    expect(fileStem('<img src=x onerror=alert(1)>')).toBe('img-src-x-onerror-alert-1');
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('Café déjà vu')).toBe('cafe-deja-vu');
    expect(fileStem(undefined)).toBe('scenario');
    expect(fileStem('👩‍💻')).toBe('scenario');
    expect(fileStem('x'.repeat(200))).toHaveLength(60);
  });
});
