import type { Chunk, Layout } from '../../engine/types';
import { OWNER_FREE } from '../../model/owners';

/**
 * A created chunk with `areas` map entries, alternating allocated and free 64-byte areas and a
 * free remainder, over a 512 KiB unit: the worst case a long boot can leave, for benchmarks
 * and rendering tests. Allocated entry i is owned by op i.
 */
export function syntheticChunk(areas: number, unitSize = 524288): { chunk: Chunk; layout: Layout } {
  const AREA = 64;
  const n = Math.max(1, Math.min(areas, Math.floor(unitSize / AREA)));
  const map: number[] = [];
  const owners: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    map.push(i % 2 === 0 ? -AREA : AREA);
    owners.push(i % 2 === 0 ? i : OWNER_FREE);
  }
  const rest = unitSize - (n - 1) * AREA;
  // Keep "no two adjacent free entries": the remainder is free only after an allocated entry.
  const lastFree = (n - 1) % 2 === 0;
  map.push(lastFree ? rest : -rest);
  owners.push(lastFree ? OWNER_FREE : n - 1);
  const freeSize = map.reduce((sum, e) => sum + Math.max(0, e), 0);
  const chunk: Chunk = {
    id: 2,
    role: 'dynamic',
    map,
    owners,
    mapAlloc: 2 ** Math.ceil(Math.log2(Math.max(16, n + 2))),
    mapStorage: 'kmalloc',
    contigHint: lastFree ? rest : AREA,
    freeSize,
    populated: [0, unitSize / 4096],
    immutable: false,
  };
  const layout: Layout = {
    staticSize: 40960,
    reservedSize: 8192,
    dynSize: 20480,
    unitSize,
    atomSize: 2097152,
    allocSize: 2097152,
    upa: 4,
    groups: [{ baseOffset: 0, nrUnits: 4, cpuMap: [0, 1, 2, 3] }],
    unitMap: [0, 1, 2, 3],
    unitOffsets: [0, unitSize, 2 * unitSize, 3 * unitSize],
    nrSlots: Math.floor(Math.log2(unitSize)) + 1 - 3 + 2,
  };
  return { chunk, layout };
}
