import type { Chunk } from '../../engine/types';
import { mapIsFull } from '../../model/chunkFacts';
import { MAP_ENTRY_BYTES } from '../../model/mapSize';
import { Term } from '../glossary/Term';

const W = 120;
const H = 12;

export interface MapGaugeProps {
  chunk: Chunk;
  /** config.earlySlots for a first-chunk structure with earlyAlloc; null otherwise. */
  earlyLimit: number | null;
  slabAvailable: boolean;
  earlyAlloc: boolean;
}

/** Why a full map matters at this point of the boot. */
function fullNote(slabAvailable: boolean, earlyAlloc: boolean): string {
  if (slabAvailable) return 'the next allocation here extends it first';
  return earlyAlloc
    ? 'no slab yet: extending it fails, so allocations here fail'
    : 'no slab yet: extending it calls kzalloc before slab — kernel crash';
}

/**
 * map_used of map_alloc, where the map lives, and (for the first chunk with early allocation)
 * the early-slots limit. Before slab the first chunk cannot grow its map: this gauge filling
 * is what the 2.6.36 change is about. The bar alone is the meter (its value said in words);
 * the text beside it carries glossary terms, which a meter's presentational children could not.
 */
export function MapGauge({ chunk, earlyLimit, slabAvailable, earlyAlloc }: MapGaugeProps) {
  const used = chunk.map.length;
  const cap = chunk.mapAlloc;
  const full = mapIsFull(chunk);
  const fill = Math.min(1, used / cap) * W;
  const limitX = earlyLimit !== null && earlyLimit <= cap ? Math.min(W - 1, (earlyLimit / cap) * W) : null;
  const bytes = cap * MAP_ENTRY_BYTES;
  const text = `${used} of ${cap} entries, ${chunk.mapStorage} (${bytes} bytes)`;
  return (
    <div className={full ? 'cm-gauge cm-gauge-full' : 'cm-gauge'} data-testid="map-gauge">
      <div
        className="cm-gauge-bar"
        role="meter"
        aria-label={`Map slots of chunk ${chunk.id}`}
        aria-valuemin={0}
        aria-valuemax={cap}
        aria-valuenow={used}
        aria-valuetext={full ? `${text}, full: ${fullNote(slabAvailable, earlyAlloc)}` : text}
      >
        <svg width={W} height={H} aria-hidden="true">
          <rect className="cm-gauge-bg" x={0} y={0} width={W} height={H} />
          <rect className="cm-gauge-fill" x={0} y={0} width={fill} height={H} />
          {limitX !== null ? (
            <line className="cm-gauge-limit" data-testid="gauge-limit" x1={limitX} x2={limitX} y1={-1} y2={H + 1} />
          ) : null}
        </svg>
      </div>
      <span className="cm-gauge-text">
        <Term name="map entry">map</Term>{' '}
        <Term name="map_used">
          {used}/{cap}
        </Term>{' '}
        · {chunk.mapStorage === 'initdata' ? <Term name="__initdata">initdata</Term> : chunk.mapStorage}
      </span>
      {full ? <span className="cm-gauge-note">full: {fullNote(slabAvailable, earlyAlloc)}</span> : null}
    </div>
  );
}
