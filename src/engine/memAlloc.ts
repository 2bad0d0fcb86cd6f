import type { MapStorage } from './constants';
import type { StepContext } from './context';
import { printk } from './dmesg';
import type { EngineState } from './types';

export const WARN_MEM_ALLOC_LINE = 'WARNING: at mm/percpu.c:285 pcpu_mem_alloc()';

export type MemAllocResult = { kind: 'ok'; storage: MapStorage } | { kind: 'refused' } | { kind: 'crash' };

/**
 * pcpu_mem_alloc (and, pre-change, the bare kzalloc that stood in for it).
 * With early allocation support it refuses while slab is down and warns once per boot;
 * without it, the call reaches an allocator that does not exist yet: the model's crash.
 */
export function memAlloc(
  state: EngineState,
  bytes: number,
  purpose: 'map' | 'chunk',
  ctx: StepContext,
): MemAllocResult {
  if (!state.slabAvailable) {
    if (!state.config.earlyAlloc) {
      ctx.events?.push({ kind: 'crash', cause: 'pre-slab-kmalloc', bytes, purpose });
      return { kind: 'crash' };
    }
    const warned = !state.memAllocWarned;
    if (warned) {
      state.memAllocWarned = true;
      printk(ctx, 'warn', WARN_MEM_ALLOC_LINE);
    }
    ctx.events?.push({ kind: 'mem-alloc-refused', bytes, purpose, warned });
    if (warned) ctx.events?.push({ kind: 'warn-once' });
    return { kind: 'refused' };
  }
  // Before the change a chunk struct came from a bare kzalloc: slab, whatever its size.
  const kzallocOnly = purpose === 'chunk' && !state.config.earlyAlloc;
  const storage: MapStorage = kzallocOnly || bytes <= state.config.pageSize ? 'kmalloc' : 'vmalloc';
  ctx.events?.push({ kind: 'mem-alloc', bytes, purpose, storage });
  return { kind: 'ok', storage };
}
