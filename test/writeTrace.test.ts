/**
 * The CLI's byte writer (src/cli/writeTrace.ts) writes exactly what serializeTrace prints:
 * every conformance trace byte for byte, and random boots of both variants, through a
 * stream with a tiny high-water mark so backpressure is exercised.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeTrace } from '../src/cli/writeTrace';
import { serializeTrace } from '../src/engine/trace';
import type { Config, Op } from '../src/engine/types';
import { parseScenarioText } from '../src/scenario/schema';
import { opSequence, smallConfig } from './support/arbitraries';

async function written(config: Config, ops: Op[]): Promise<string> {
  const parts: Buffer[] = [];
  const sink = new Writable({
    highWaterMark: 64,
    write(chunk: Buffer, _encoding, done) {
      parts.push(Buffer.from(chunk));
      setImmediate(done);
    },
  });
  await writeTrace(sink, config, ops);
  return Buffer.concat(parts).toString('utf8');
}

const dir = join(import.meta.dirname, 'conformance');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.scenario.json'))
  .map((f) => f.slice(0, -'.scenario.json'.length));

describe('writeTrace', () => {
  for (const name of names) {
    it(`${name}: the same bytes as the conformance trace`, async () => {
      const parsed = parseScenarioText(readFileSync(join(dir, `${name}.scenario.json`), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.errors.join('; '));
      const expected = readFileSync(join(dir, `${name}.trace.json`), 'utf8');
      expect(await written(parsed.scenario.config, parsed.scenario.ops)).toBe(expected);
    });
  }

  for (const earlyAlloc of [true, false]) {
    it(`${earlyAlloc ? 'post' : 'pre'}: random boots give serializeTrace's bytes`, { timeout: 120_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(smallConfig(earlyAlloc), opSequence(60), async (config, ops) => {
          expect(await written(config, ops)).toBe([...serializeTrace(config, ops)].join(''));
        }),
        { numRuns: 150 },
      );
    });
  }
});
