import type { Chunk, EngineState, Op } from '../../engine/types';
import { chunkSlot, listedSlot, mapIsFull } from '../../model/chunkFacts';
import { OWNER_FREE, OWNER_STATIC, OWNER_STATIC_AND_RESERVED } from '../../model/owners';
import { OWNER_OTHER_STRUCTURE, OWNER_RETURNED_TAIL } from '../colors/areaPaint';
import type { SummarySegment } from './aggregate';
import type { ChunkGeometry } from './geometry';

export const ROLE_TEXT: Record<Chunk['role'], string> = {
  reserved: 'reserved chunk',
  first: 'first chunk',
  dynamic: 'dynamic chunk',
};

/** One sentence for screen readers and tests, e.g. "chunk 1, first chunk, slot 12, ...". */
export function chunkSummary(state: EngineState, chunk: Chunk): string {
  const listed = listedSlot(state, chunk.id) >= 0;
  const slot = `slot ${chunkSlot(state, chunk)}${listed ? '' : ' (on no list)'}`;
  const map = `map ${chunk.map.length} of ${chunk.mapAlloc} entries in ${chunk.mapStorage}`;
  const full = mapIsFull(chunk) ? ', map full' : '';
  return `chunk ${chunk.id}, ${ROLE_TEXT[chunk.role]}, ${slot}, ${chunk.freeSize} bytes free, ${map}${full}`;
}

export interface AreaText {
  /** What the area is, e.g. "allocated by op 2". */
  title: string;
  /** The op's label, shown as plain text (never markup), or null. */
  label: string | null;
  /** "offset 91072, 24 bytes". */
  extent: string;
}

const extentText = (start: number, size: number) => `offset ${start}–${start + size - 1}, ${size} bytes`;

/** The hover text of one area of a chunk's geometry. */
export function describeArea(geometry: ChunkGeometry, index: number, ops: readonly Op[], state: EngineState): AreaText {
  const start = geometry.starts[index]!;
  const size = geometry.sizes[index]!;
  const owner = geometry.owners[index]!;
  const extent = extentText(start, size);
  if (owner === OWNER_FREE) return { title: 'free', label: null, extent };
  if (owner === OWNER_STATIC)
    return { title: 'static percpu area (the kernel image’s DEFINE_PER_CPU variables)', label: null, extent };
  if (owner === OWNER_STATIC_AND_RESERVED) {
    return { title: 'static + reserved: one allocated block in this chunk’s map', label: null, extent };
  }
  if (owner === OWNER_OTHER_STRUCTURE) {
    return {
      title: `not mapped by this chunk: the dynamic area, managed by chunk ${state.firstChunkId}`,
      label: null,
      extent,
    };
  }
  if (owner === OWNER_RETURNED_TAIL) {
    return { title: 'not mapped by this chunk: unit tail returned to bootmem at boot', label: null, extent };
  }
  const op = ops[owner];
  const label = op && op.op === 'alloc' && op.label ? op.label : null;
  return { title: `allocated by op ${owner}`, label, extent };
}

/** The hover text of a run of areas too narrow to draw one by one. */
export function describeSummary(geometry: ChunkGeometry, s: SummarySegment): AreaText {
  const start = geometry.starts[s.first]!;
  const end = geometry.starts[s.last]! + geometry.sizes[s.last]!;
  const count = s.last - s.first + 1;
  return {
    title: `${count} small areas: ${s.allocatedCount} allocated (${s.allocatedBytes} bytes), ${s.freeBytes} bytes free — zoom in to see them`,
    label: null,
    extent: extentText(start, end - start),
  };
}
