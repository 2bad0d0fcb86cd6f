import { describe, expect, it } from 'vitest';
import type { EarlyMetrics, EarlyOutcome } from '../../analysis';
import { describeCell, summarizeGrid, summaryText, whatIfTitle } from './sweepText';

const ok = (succeeded: number, failure: number | null): EarlyMetrics => ({
  built: true,
  earlyAllocs: 15,
  earlySucceeded: succeeded,
  firstEarlyFailure: failure,
  firstFailureReason: failure === null ? null : 'failed to extend area map',
  crashed: false,
});
const noBuild: EarlyOutcome = { built: false, reason: 'earlySlots 2048 needs an 8192-byte early map' };

describe('sweep text', () => {
  it('describes a cell with every number', () => {
    expect(describeCell(ok(13, 15), 16, 4096)).toEqual([
      'earlySlots 16, earlySize 4096',
      '15 allocations before slab-online, 13 succeed.',
      'First early failure: op 15 (failed to extend area map).',
    ]);
    expect(describeCell(ok(15, null), 32, 4096)[2]).toBe('No early failure.');
    expect(describeCell(noBuild, 2048, 4096)[1]).toBe('Does not build: earlySlots 2048 needs an 8192-byte early map.');
  });

  it('says where a crash stops the boot', () => {
    const crash: EarlyOutcome = { ...ok(0, 0), earlyAllocs: 1, firstFailureReason: 'kernel crash', crashed: true };
    expect(describeCell(crash, 16, 4096)).toContain('The kernel crashes at op 0; nothing runs after it.');
  });

  it('summarises extremes, cells without failure and cells that do not build', () => {
    const rows = [[ok(13, 15), ok(13, 15)], [ok(15, null), ok(15, null)], [noBuild, noBuild], null];
    const slots = [16, 32, 2048, 4096];
    const sizes = [4096, 8192];
    const byFailure = summarizeGrid(rows, slots, sizes, 'firstEarlyFailure');
    expect(byFailure).toMatchObject({ cells: 6, noBuild: 2, none: 2 });
    expect(summaryText(byFailure, 'firstEarlyFailure')).toBe(
      '6 cells. All numbered cells: 15. 2 with no early failure. 2 do not build (earlySlots × 4 > page size).',
    );
    const bySucceeded = summarizeGrid(rows, slots, sizes, 'earlySucceeded');
    expect(summaryText(bySucceeded, 'earlySucceeded')).toBe(
      '6 cells. Lowest 13 (earlySlots 16, earlySize 4096), highest 15 (earlySlots 32, earlySize 4096). ' +
        '2 do not build (earlySlots × 4 > page size).',
    );
  });
});

describe('whatIfTitle', () => {
  it('appends the cell values once, replacing an earlier what-if suffix', () => {
    const first = whatIfTitle('SLUB bootstrap', 16, 4096, 120);
    expect(first).toBe('SLUB bootstrap — earlySlots 16, earlySize 4096');
    expect(whatIfTitle(first, 32, 8192, 120)).toBe('SLUB bootstrap — earlySlots 32, earlySize 8192');
    expect(whatIfTitle(undefined, 2, 0, 120)).toBe('Untitled scenario — earlySlots 2, earlySize 0');
  });

  it('shortens a long title so the whole stays within the limit', () => {
    const t = whatIfTitle('x'.repeat(200), 65536, 1048576, 120);
    expect(t).toHaveLength(120);
    expect(t.endsWith('… — earlySlots 65536, earlySize 1048576')).toBe(true);
  });
});
