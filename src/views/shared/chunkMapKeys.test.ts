import { describe, expect, it } from 'vitest';
import type { KeyboardEvent } from 'react';
import type { ChunkGeometry } from '../chunkMap/geometry';
import { chunkMapKeyHandler, type ChunkMapKeyOptions } from './chunkMapKeys';

/** Three areas: op 4's allocation, a free area, op 7's allocation. */
const geometry = { starts: [0, 8, 24], sizes: [8, 16, 8], owners: [4, -1, 7] } as unknown as ChunkGeometry;

function press(key: string, current: number, more?: ChunkMapKeyOptions['more']) {
  const log: string[] = [];
  let prevented = false;
  const handler = chunkMapKeyHandler({
    current: () => current,
    moveTo: (chunk, index) => log.push(`move ${chunk}:${index}`),
    select: (owner) => log.push(`select ${owner}`),
    leave: () => log.push('leave'),
    more,
  });
  const event = { key, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent<SVGSVGElement>;
  handler(2, event, geometry);
  return { log, prevented };
}

describe('chunkMapKeyHandler', () => {
  it('moves between areas, clamped to the map', () => {
    expect(press('ArrowRight', -1).log).toEqual(['move 2:0']);
    expect(press('ArrowRight', 2).log).toEqual(['move 2:2']);
    expect(press('ArrowLeft', -1).log).toEqual(['move 2:0']);
    expect(press('ArrowLeft', 1).log).toEqual(['move 2:0']);
    expect(press('Home', 2).log).toEqual(['move 2:0']);
    expect(press('End', 0).log).toEqual(['move 2:2']);
  });

  it('selects the active area’s allocation, or nothing for a free area', () => {
    expect(press('Enter', 2).log).toEqual(['select 7']);
    expect(press(' ', 1).log).toEqual(['select null']);
    expect(press('Enter', -1).log).toEqual([]);
  });

  it('leaves on Escape', () => {
    expect(press('Escape', 1)).toEqual({ log: ['leave'], prevented: true });
  });

  it('leaves keys it does not handle to the page (Compare has no zoom keys)', () => {
    expect(press('+', 1)).toEqual({ log: [], prevented: false });
    expect(press('z', 1)).toEqual({ log: [], prevented: false });
  });

  it('hands a map’s own keys to it', () => {
    const zoom = press('+', 1, (key, current) => key === '+' && current === 1);
    expect(zoom.prevented).toBe(true);
    expect(zoom.log).toEqual([]);
  });
});
