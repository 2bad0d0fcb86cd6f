import { AreaMap } from './areaMap';
import { chunkWithArea } from './chunkArea';
import { LiveAllocs } from './liveAllocs';
import { MAP_ENTRY_BYTES, PRE_CHANGE_STATIC_MAP_SLOTS, WARN_LIMIT } from './constants';
import { buildAllocInfo } from './layout';
import { allocInfoLines, embeddedLine, pageChunkLine } from './setupLog';
import { relocate } from './slots';
import {
  OWNER_STATIC,
  OWNER_STATIC_AND_RESERVED,
  type Chunk,
  type Config,
  type EngineState,
} from './types';

export type SetupResult =
  | { ok: true; state: EngineState; dmesg: string[]; returnedBytes: number }
  | { ok: false; error: string };

/** Why a configuration cannot boot, or null. Only a kernel that would not build fails. */
export function setupError(config: Config): string | null {
  if (config.earlyAlloc && config.earlySlots * MAP_ENTRY_BYTES > config.pageSize) {
    return (
      `earlySlots ${config.earlySlots} needs a ${config.earlySlots * MAP_ENTRY_BYTES}-byte early map, ` +
      `more than one ${config.pageSize}-byte page: percpu_init_late's build-time check fails, so this kernel does not build`
    );
  }
  return null;
}

function firstChunkStructure(
  id: number,
  role: Chunk['role'],
  map: number[],
  owners: number[],
  mapAlloc: number,
  unitPages: number,
): Chunk {
  const freeSize = map.length > 1 ? map[1]! : 0;
  const fields = {
    id,
    role,
    map,
    owners,
    mapAlloc,
    mapStorage: 'initdata' as const,
    contigHint: freeSize,
    freeSize,
    populated: [0, unitPages],
    immutable: true,
  };
  return chunkWithArea(fields, AreaMap.from(map, owners));
}

/** Boot-time setup: build_alloc_info, embed, pcpu_setup_first_chunk (allocator.md §4). */
export function setup(config: Config): SetupResult {
  const error = setupError(config);
  if (error) return { ok: false, error };

  const info = buildAllocInfo(config);
  const { layout } = info;
  const S = layout.staticSize;
  const R = layout.reservedSize;
  const dyn = layout.dynSize;
  const unitPages = layout.unitSize / config.pageSize;
  const mapAlloc = config.earlyAlloc ? config.earlySlots : PRE_CHANGE_STATIC_MAP_SLOTS;

  const chunks: Chunk[] = [];
  let reservedChunkId: number | null = null;
  let firstChunkId = 0;
  if (R > 0) {
    chunks.push(firstChunkStructure(0, 'reserved', [-S, R], [OWNER_STATIC, -1], mapAlloc, unitPages));
    reservedChunkId = 0;
    if (dyn > 0) {
      chunks.push(
        firstChunkStructure(1, 'first', [-(S + R), dyn], [OWNER_STATIC_AND_RESERVED, -1], mapAlloc, unitPages),
      );
      firstChunkId = 1;
    }
  } else {
    const map = dyn > 0 ? [-S, dyn] : [-S];
    const owners = dyn > 0 ? [OWNER_STATIC, -1] : [OWNER_STATIC];
    chunks.push(firstChunkStructure(0, 'first', map, owners, mapAlloc, unitPages));
  }

  const state: EngineState = {
    config,
    layout,
    chunks,
    slots: Array.from({ length: layout.nrSlots }, () => []),
    reservedChunkId,
    firstChunkId,
    nextChunkId: chunks.length,
    slabAvailable: false,
    warnLimit: WARN_LIMIT,
    memAllocWarned: false,
    halted: false,
    live: new LiveAllocs(),
  };
  const first = chunks.find((c) => c.id === firstChunkId)!;
  relocate(state, first, -1, null);

  // UP kernels print no sizes line: the generic UP setup goes straight to pcpu_setup_first_chunk.
  const sizesLine = config.up
    ? []
    : config.firstChunk === 'page'
      ? [pageChunkLine(layout, config.pageSize, config.era)]
      : [embeddedLine(layout, info.sizeSum, config.pageSize, config.era)];
  const dmesg = [...sizesLine, ...allocInfoLines(layout, config.up ? 1 : config.cpus)];
  return { ok: true, state, dmesg, returnedBytes: info.returnedBytes };
}
