import { OWNER_FREE, OWNER_STATIC, OWNER_STATIC_AND_RESERVED } from '../../model/owners';
import { patternIds } from './AreaPatterns';
import { ownerStyle } from './palette';

/**
 * View-only owner codes for the part of a unit a first-chunk structure does not map: the
 * dynamic area another structure manages, and the tail returned to bootmem at boot.
 */
export const OWNER_OTHER_STRUCTURE = -10;
export const OWNER_RETURNED_TAIL = -11;

export interface Paint {
  className: string;
  /** An inline fill (a pattern url) that wins over the class's fill; absent for solid fills. */
  fill?: string;
}

/** How to paint an area with this owner; ordinalOf maps an alloc op index to its colour rank. */
export function areaPaint(owner: number, ordinalOf: (op: number) => number, prefix: string): Paint {
  if (owner === OWNER_FREE) return { className: 'pal-free' };
  if (owner === OWNER_STATIC) return { className: 'pal-static' };
  if (owner === OWNER_STATIC_AND_RESERVED) {
    return { className: 'pal-static', fill: `url(#${patternIds.staticReserved(prefix)})` };
  }
  if (owner < 0) return { className: 'pal-unmapped-bg', fill: `url(#${patternIds.unmapped(prefix)})` };
  const { hue, variant } = ownerStyle(ordinalOf(owner));
  if (variant === 0) return { className: `pal-hue-${hue}` };
  return { className: `pal-hue-${hue}`, fill: `url(#${patternIds.owner(prefix, hue, variant)})` };
}
