import type { KeyboardEvent } from 'react';
import type { ChunkGeometry } from '../chunkMap/geometry';

export type ChunkMapKeyHandler = (chunk: number, event: KeyboardEvent<SVGSVGElement>, geometry: ChunkGeometry) => void;

export interface ChunkMapKeyOptions {
  /** The active area's index in this chunk's map, or -1 when none of its areas is active. */
  current: (chunk: number) => number;
  /** Makes an area active (after an arrow key, Home or End). */
  moveTo: (chunk: number, index: number, geometry: ChunkGeometry, event: KeyboardEvent<SVGSVGElement>) => void;
  /** Selects the allocation owning the active area (null for an area no op owns). */
  select: (owner: number | null) => void;
  /** Escape: no area is active any more. */
  leave: () => void;
  /** Keys only this map has (Explore's zoom keys); returns whether it handled the key. */
  more?: (key: string, current: number, geometry: ChunkGeometry) => boolean;
}

/**
 * The keys of a focused chunk area map, the same in Explore and Compare: ← and → move between
 * areas, Home and End go to the first and last, Enter or Space select the area's allocation,
 * Escape leaves. Keys it does not handle are left to the page.
 */
export function chunkMapKeyHandler(options: ChunkMapKeyOptions): ChunkMapKeyHandler {
  return (chunk, event, geometry) => {
    const n = geometry.starts.length;
    const current = options.current(chunk);
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowRight':
        next = Math.min(n - 1, current + 1);
        break;
      case 'ArrowLeft':
        next = Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = n - 1;
        break;
      case 'Enter':
      case ' ':
        if (current >= 0) {
          const owner = geometry.owners[current]!;
          options.select(owner >= 0 ? owner : null);
        }
        break;
      case 'Escape':
        options.leave();
        break;
      default:
        if (!options.more?.(event.key, current, geometry)) return;
    }
    event.preventDefault();
    if (next === null || next < 0) return;
    options.moveTo(chunk, next, geometry, event);
  };
}
