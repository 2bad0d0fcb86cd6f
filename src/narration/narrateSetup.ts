import { chunkSlot } from '../model/chunkFacts';
import { mapBytes } from '../model/mapSize';
import type { Chunk, EngineState } from '../engine/types';
import { listOf, plural } from './words';

function chunkSentence(state: EngineState, chunk: Chunk): string {
  const map = `[${chunk.map.join(', ')}]`;
  if (chunk.role === 'reserved') {
    const alsoFirst = chunk.id === state.firstChunkId ? ' It is also the first chunk, and has no dynamic area.' : '';
    return (
      `Chunk ${chunk.id} is the reserved chunk, map ${map}: ${chunk.freeSize} bytes for module static data; ` +
      `it is never on a slot list.${alsoFirst}`
    );
  }
  const free = chunk.freeSize > 0 ? `${chunk.freeSize} bytes free` : 'no free bytes';
  return `Chunk ${chunk.id} is the first chunk, map ${map}: ${free}, filed in slot ${chunkSlot(state, chunk)}.`;
}

function dynamicSentence(state: EngineState): string {
  const { config, layout } = state;
  const S = layout.staticSize;
  const R = layout.reservedSize;
  const dyn = layout.dynSize;
  const span = `The first chunk spans static ${S} + reserved ${R} + dynamic ${dyn} = ${S + R + dyn} bytes.`;
  if (config.earlyAlloc && config.dynSize < config.earlySize) {
    return (
      `${span} The arch asked for ${config.dynSize} bytes of dynamic space; with early allocation support it is ` +
      `raised to PERCPU_DYNAMIC_EARLY_SIZE (${config.earlySize}) so that allocations before slab have room, and ` +
      `rounding up to a whole page makes it ${dyn}.`
    );
  }
  if (dyn !== config.dynSize) {
    return `${span} The arch asked for ${config.dynSize} dynamic bytes; rounding up to a whole page makes it ${dyn}.`;
  }
  return span;
}

function mapSentence(state: EngineState): string {
  const { config, layout } = state;
  if (!config.earlyAlloc) {
    return (
      'The pre-change first-chunk maps are static 2-entry arrays: the first allocation that reaches them must grow ' +
      'them with kzalloc, which needs slab.'
    );
  }
  return (
    `The first-chunk maps are ${config.earlySlots}-entry arrays in __initdata (${mapBytes(config.earlySlots)} bytes): ` +
    `until slab is online nothing can be grown, so early allocations must fit in ${layout.dynSize} dynamic bytes ` +
    `and ${config.earlySlots} map entries.`
  );
}

/** Step 0: what setup decided, with its numbers. */
export function narrateSetup(state: EngineState): string[] {
  const { config, layout } = state;
  const nodes = new Set(config.cpuToNode).size;
  const groups = layout.groups;
  const groupWords =
    groups.length > 1
      ? `: ${listOf(groups.map((g, i) => `group ${i} has ${plural(g.cpuMap.filter((c) => c !== null).length, 'CPU')}`))}`
      : '';
  const nrUnits = groups.reduce((n, g) => n + g.nrUnits, 0);
  const empty = nrUnits - config.cpus;
  return [
    `Setup (step 0): ${plural(config.cpus, 'possible CPU')} on ${plural(nodes, 'node')} form ` +
      `${plural(groups.length, 'group')}${groupWords}.`,
    dynamicSentence(state),
    `Each CPU gets a ${layout.unitSize}-byte unit (${layout.unitSize / config.pageSize} pages of ${config.pageSize}); ` +
      `${plural(layout.upa, 'unit')} ${layout.upa === 1 ? 'fills' : 'share'} each ${layout.allocSize}-byte allocation (atom ${layout.atomSize}), ` +
      `${plural(nrUnits, 'unit slot')} in all${empty > 0 ? `, ${empty} of them empty` : ''}.`,
    ...state.chunks.map((c) => chunkSentence(state, c)),
    mapSentence(state),
    `There are ${layout.nrSlots} slot lists (pcpu_nr_slots); a chunk is filed by its free size, and the last slot ` +
      'holds fully free chunks.',
  ];
}
