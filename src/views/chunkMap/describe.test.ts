import { describe, expect, it } from 'vitest';
import { runScenario } from '../../model/run';
import type { Config, Op } from '../../engine/types';
import { chunkSummary, describeArea, describeSummary } from './describe';
import { chunkGeometry } from './geometry';
import { EXAMPLE_1 } from '../../../test/support/specFixtures';

/** allocator.md Example 1 config with two labelled 24-byte allocations. */
const config: Config = EXAMPLE_1;
const ops: Op[] = [
  { op: 'mark', label: 'boot' },
  { op: 'alloc', size: 24, align: 8, label: '<img src=x onerror=alert(1)>' },
  { op: 'alloc', size: 24, align: 8 },
];
const t = runScenario(config, ops);

describe('chunkSummary', () => {
  it('reads like the brief: id, role, slot, free bytes, map use and storage', () => {
    const s = t.stateAt(0);
    expect(chunkSummary(s, s.chunks[0]!)).toBe(
      'chunk 0, reserved chunk, slot 11 (on no list), 8192 bytes free, map 2 of 128 entries in initdata',
    );
    expect(chunkSummary(s, s.chunks[1]!)).toBe(
      'chunk 1, first chunk, slot 12, 23616 bytes free, map 2 of 128 entries in initdata',
    );
  });
});

describe('describeArea', () => {
  const s = t.stateAt(3);
  const g = chunkGeometry(s.chunks[1]!, s.layout);

  it('names the owner op and keeps its label as plain text', () => {
    expect(describeArea(g, 1, ops, s)).toEqual({
      title: 'allocated by op 1',
      label: '<img src=x onerror=alert(1)>',
      extent: 'offset 91072–91095, 24 bytes',
    });
    expect(describeArea(g, 2, ops, s)).toMatchObject({ title: 'allocated by op 2', label: null });
  });

  it('describes the free rest and the returned tail', () => {
    // 23616 − 48 = 23568 bytes free after two 24-byte allocations.
    expect(describeArea(g, 3, ops, s)).toMatchObject({ title: 'free', extent: 'offset 91120–114687, 23568 bytes' });
    expect(describeArea(g, 4, ops, s).title).toContain('returned to bootmem');
  });

  it('summarises a run of areas', () => {
    const text = describeSummary(g, {
      kind: 'summary',
      first: 1,
      last: 2,
      x0: 0,
      x1: 0.5,
      allocatedBytes: 48,
      freeBytes: 0,
      allocatedCount: 2,
    });
    expect(text.title).toContain('2 small areas: 2 allocated (48 bytes), 0 bytes free');
    expect(text.extent).toBe('offset 91072–91119, 48 bytes');
  });
});
