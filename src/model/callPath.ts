import type { EngineEvent } from '../engine/events';
import type { Op } from '../engine/types';
import type { KernelAnchor } from './kernelSource';

/** One function (or check) on the way down; `anchor` names its pinned line, when there is one. */
export interface Frame {
  fn: string;
  anchor?: KernelAnchor;
}

/** One descent from the entry point to where something happened, and what came back. */
export interface CallPath {
  frames: Frame[];
  result: string;
}

const f = (fn: string, anchor?: KernelAnchor): Frame => (anchor ? { fn, anchor } : { fn });

/**
 * The kernel call paths a step took, in the order they ran, read from the engine's events.
 * Each path starts at the entry point (pcpu_alloc, free_percpu or percpu_init_late).
 */
export function callPathsOf(op: Op | undefined, events: readonly EngineEvent[], earlyAlloc: boolean): CallPath[] {
  if (!op) return [];
  const paths: CallPath[] = [];
  const memAlloc = (bytes: number) => f(`pcpu_mem_alloc(${bytes})`, 'pcpu_mem_alloc');
  if (op.op === 'slab-online') {
    if (!earlyAlloc)
      return [{ frames: [f('kmem_cache_init')], result: 'slab is up; the pre-change percpu code has nothing to move' }];
    for (const e of events) {
      if (e.kind === 'mem-alloc') {
        paths.push({ frames: [f('percpu_init_late', 'percpu_init_late'), memAlloc(e.bytes)], result: e.storage });
      }
    }
    return paths;
  }
  const entry = op.op === 'free' ? f('free_percpu') : f('pcpu_alloc', 'pcpu_alloc:argument-check');
  if (op.op === 'mark') return [];
  // Where the next memory request comes from: a map extension or a chunk being created.
  let caller: Frame[] = [];
  let creating = false;
  for (const e of events) {
    switch (e.kind) {
      case 'illegal-request':
        paths.push({ frames: [entry], result: 'WARN: illegal size or align, NULL' });
        break;
      case 'map-full':
        caller = [f('pcpu_extend_area_map', 'pcpu_extend_area_map:copy')];
        creating = false;
        break;
      case 'mem-alloc': {
        if (e.purpose === 'chunk') {
          creating = true;
          caller = [f('pcpu_create_chunk'), f('pcpu_alloc_chunk', 'pcpu_alloc_chunk:struct')];
        } else if (creating) caller = [f('pcpu_create_chunk'), f('pcpu_alloc_chunk')];
        const request =
          e.purpose === 'chunk' && !earlyAlloc
            ? f(`kzalloc(${e.bytes})`, 'pcpu_alloc_chunk:struct')
            : memAlloc(e.bytes);
        paths.push({ frames: [entry, ...caller, request], result: e.storage });
        break;
      }
      case 'mem-alloc-refused': {
        if (e.purpose === 'chunk') caller = [f('pcpu_create_chunk'), f('pcpu_alloc_chunk', 'pcpu_alloc_chunk:struct')];
        paths.push({
          frames: [
            entry,
            ...caller,
            memAlloc(e.bytes),
            f('WARN_ON_ONCE(!slab_is_available())', 'pcpu_mem_alloc:slab-check'),
          ],
          result: e.warned ? 'NULL (and the one-time warning)' : 'NULL (already warned)',
        });
        break;
      }
      case 'crash':
        if (e.cause === 'pre-slab-kmalloc') {
          const frames =
            e.purpose === 'chunk'
              ? [f('pcpu_create_chunk'), f('pcpu_alloc_chunk', 'pcpu_alloc_chunk:struct'), f(`kzalloc(${e.bytes})`)]
              : [...caller, memAlloc(e.bytes), f(`kzalloc(${e.bytes})`)];
          paths.push({ frames: [entry, ...frames], result: 'crash: slab does not exist yet' });
        } else if (e.cause === 'slot-walk') {
          paths.push({ frames: [entry, f('list_for_each_entry')], result: 'walks a corrupted slot list: halted' });
        } else {
          paths.push({
            frames: [
              entry,
              f('pcpu_reclaim'),
              f('pcpu_destroy_chunk'),
              f('pcpu_free_chunk', 'pcpu_free_chunk:kfree'),
              f(`kfree(${e.bytes}-byte vmalloc'd struct)`),
            ],
            result: 'undefined behaviour: halted',
          });
        }
        break;
      case 'chunk-created':
        creating = false;
        caller = [];
        break;
      case 'allocated':
        paths.push({ frames: [entry, f('pcpu_alloc_area')], result: `offset ${e.offset} in chunk ${e.chunk}` });
        break;
      case 'split':
        paths.push({
          frames: [entry, f('pcpu_alloc_area'), f('pcpu_split_block')],
          result: `${(e.head ? 1 : 0) + (e.tail ? 1 : 0)} entries inserted`,
        });
        break;
      case 'area-not-found':
        paths.push({ frames: [entry, f('pcpu_alloc_area')], result: '-1 (no fitting area)' });
        break;
      case 'populated':
        paths.push({ frames: [entry, f('pcpu_populate_chunk')], result: `pages ${e.fromPage}–${e.toPage - 1} backed` });
        break;
      case 'freed':
        paths.push({ frames: [entry, f('pcpu_free_area')], result: `${e.size} bytes at ${e.offset} free` });
        break;
      case 'chunk-destroyed':
        // A vmalloc'd struct ends in the crash below, not in a release.
        if (earlyAlloc && e.structStorage === 'vmalloc') break;
        paths.push({
          frames: [entry, f('pcpu_reclaim'), f('pcpu_destroy_chunk'), f('pcpu_free_chunk', 'pcpu_free_chunk:kfree')],
          result: `chunk ${e.chunk} released`,
        });
        break;
      case 'failed':
        paths.push({ frames: [entry], result: `NULL: ${e.reason}` });
        break;
      default:
        break;
    }
  }
  return paths;
}
