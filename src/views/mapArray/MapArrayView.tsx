import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { chunkOfStep, mapArrayOf } from '../../model/mapArray';
import { selectEngineState, selectEvents, selectLinkedEntry, selectLinkEntry } from '../../store/selectors';
import { allocOrdinals } from '../colors/palette';
import { selectOps } from '../chunkMap/selectors';
import { useElementWidth } from '../shared/useElementWidth';
import { useMotion } from '../shared/useMotion';
import { useLeaksSoFar } from '../memoryRequests/useLeakLedger';
import { useExplorer } from '../storeContext';
import { storageLine } from '../../model/mapArrayText';
import { MapArraySvg } from './MapArraySvg';
import { MapMoves } from './MapMoves';
import './mapArray.css';

/** Map entries as the kernel holds them: one chunk's map_alloc cells, picked by a chunk switch. */
export function MapArrayView() {
  const state = useExplorer(selectEngineState);
  const events = useExplorer(selectEvents);
  const ops = useExplorer(selectOps);
  const linked = useExplorer(selectLinkedEntry);
  const linkEntry = useExplorer(selectLinkEntry);
  const leaks = useLeaksSoFar();
  const motion = useMotion();
  const [picked, setPicked] = useState<number | null>(null);
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  const width = useElementWidth(body);
  const ordinals = useMemo(() => allocOrdinals(ops), [ops]);
  const ordinalOf = useCallback((op: number) => ordinals[op] ?? op, [ordinals]);

  const stepChunk = chunkOfStep(events);
  const chunks = state?.chunks ?? [];
  // The step's chunk wins until someone picks one; a picked chunk that is gone falls back.
  const shownId =
    picked !== null && chunks.some((c) => c.id === picked)
      ? picked
      : stepChunk !== null && chunks.some((c) => c.id === stepChunk)
        ? stepChunk
        : (state?.firstChunkId ?? null);
  const chunk = chunks.find((c) => c.id === shownId) ?? null;
  const array = useMemo(
    () => (chunk && state ? mapArrayOf(chunk, events, state.config) : null),
    [chunk, events, state],
  );
  const onHoverEntry = useCallback(
    (index: number | null) => linkEntry(index === null || shownId === null ? null : { chunk: shownId, index }),
    [linkEntry, shownId],
  );
  const linkedIndex = linked && linked.chunk === shownId ? linked.index : null;
  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGSVGElement>) => {
      if (!array || shownId === null) return;
      const current = linkedIndex ?? -1;
      let next: number | null = null;
      if (event.key === 'ArrowRight') next = Math.min(array.used - 1, current + 1);
      else if (event.key === 'ArrowLeft') next = Math.max(0, current - 1);
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = array.used - 1;
      else if (event.key === 'Escape') linkEntry(null);
      else return;
      event.preventDefault();
      if (next !== null) linkEntry({ chunk: shownId, index: next });
    },
    [array, shownId, linkedIndex, linkEntry],
  );

  if (!state || !array || !chunk) return <p className="placeholder">No map arrays: the kernel did not boot.</p>;
  return (
    <div className="ma" data-testid="map-array" data-motion={motion ? 'on' : 'off'}>
      <div className="ma-toolbar" role="radiogroup" aria-label="Chunk whose map is shown">
        {chunks.map((c) => (
          <button
            key={c.id}
            type="button"
            role="radio"
            aria-checked={c.id === shownId}
            onClick={() => setPicked(c.id)}
            className={c.id === stepChunk ? 'ma-chunk-button ma-chunk-step' : 'ma-chunk-button'}
          >
            chunk {c.id}
          </button>
        ))}
      </div>
      <p className="ma-storage" data-testid="map-storage">
        <strong>chunk {chunk.id}</strong> map: {storageLine(array)} · map_used {array.used} of map_alloc{' '}
        {array.capacity}
        {array.earlyBoundary !== null ? ` · early slots ${state.config.earlySlots} (boundary marked)` : ''}
        {chunk.structStorage ? ` · struct from ${chunk.structStorage}` : ''}
      </p>
      <MapMoves
        chunk={chunk.id}
        events={events}
        config={state.config}
        leakedSoFar={leaks.bytes}
        leakCount={leaks.count}
      />
      <div className="ma-body" ref={setBody}>
        {width > 0 ? (
          <MapArraySvg
            array={array}
            width={width}
            ordinalOf={ordinalOf}
            linkedIndex={linkedIndex}
            onHoverEntry={onHoverEntry}
            onKeyDown={onKeyDown}
          />
        ) : null}
      </div>
      <p className="ma-legend">
        Negative values are allocated areas, positive ones free, in address order; empty cells are unused entries.
        Outlines: <span className="ma-key ma-key-allocated">allocated now</span>{' '}
        <span className="ma-key ma-key-inserted">inserted by a split</span>{' '}
        <span className="ma-key ma-key-slid">moved along</span>{' '}
        <span className="ma-key ma-key-grown">new capacity</span>
        {array.removed > 0
          ? ` · ${array.removed} ${array.removed === 1 ? 'entry' : 'entries'} removed by the merge`
          : ''}
      </p>
    </div>
  );
}
