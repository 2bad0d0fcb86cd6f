import { selectEngineState, selectSelectedAlloc, selectStep } from '../../store/selectors';
import { selectOps } from '../chunkMap/selectors';
import { useExplorer } from '../storeContext';
import { nextAllocTry, type NextTry } from '../../model/nextTry';
import { compactSlots, slotServes, slotServesText } from '../../model/slotRanges';
import './slotLists.css';

function nextText(next: NextTry): string {
  switch (next.kind) {
    case 'none':
      return 'The next op is not an allocation.';
    case 'illegal':
      return `Next: op ${next.op} asks for ${next.size} bytes, align ${next.align}: illegal, no chunk is tried.`;
    case 'reserved':
      return `Next: op ${next.op} (${next.size} bytes, reserved) goes straight to the reserved chunk ${next.chunk}.`;
    case 'scan':
      return next.chunk === null
        ? `Next: op ${next.op} (${next.size} bytes) scans from slot ${next.fromSlot} up, finds no chunk listed there, and would create a new chunk.`
        : `Next: op ${next.op} (${next.size} bytes) scans from slot ${next.fromSlot} up; it looks at chunk ${next.chunk} (slot ${next.slot}) first.`;
  }
}

/** View 3: pcpu_slot[] — chunk ids per slot in list order, head first, and where the next alloc looks. */
export function SlotLists() {
  const state = useExplorer(selectEngineState);
  const ops = useExplorer(selectOps);
  const step = useExplorer(selectStep);
  const selected = useExplorer(selectSelectedAlloc);
  if (!state) return <p className="placeholder">No slot lists: the kernel did not boot.</p>;

  const { nrSlots, unitSize } = state.layout;
  const next = nextAllocTry(state, ops[step], step);
  const nextChunk = next.kind === 'scan' || next.kind === 'reserved' ? next.chunk : null;
  const startSlot = next.kind === 'scan' ? next.fromSlot : null;
  const selectedChunk = selected !== null ? (state.live.get(selected)?.chunk ?? null) : null;
  const entries = compactSlots(state.slots);

  const chip = (id: number, position: number) => (
    <li
      key={id}
      className={id === nextChunk ? 'sl-chunk sl-chunk-next' : 'sl-chunk'}
      data-testid="slot-chunk"
      data-chunk-id={id}
      aria-label={`chunk ${id}${position === 0 ? ' (head)' : ''}${id === nextChunk ? ', tried first by the next alloc' : ''}${id === selectedChunk ? ', holds the selection' : ''}`}
    >
      c{id}
      {id === selectedChunk ? ' ●' : ''}
    </li>
  );

  return (
    <div className="sl">
      <p className="sl-next" data-testid="next-alloc-try" role="status">
        {nextText(next)}
      </p>
      <ol className="sl-list" aria-label={`pcpu_slot, ${nrSlots} slots`}>
        {entries.map((entry) => {
          if (entry.kind === 'empty') {
            const count = entry.to - entry.from + 1;
            const hasStart = startSlot !== null && startSlot >= entry.from && startSlot <= entry.to;
            return (
              <li
                key={`e${entry.from}`}
                className={hasStart ? 'sl-slot sl-empty sl-start' : 'sl-slot sl-empty'}
                data-testid="slot-empty-run"
                data-from={entry.from}
                data-to={entry.to}
              >
                {count === 1 ? `slot ${entry.from} empty` : `slots ${entry.from}–${entry.to} empty (${count} slots)`}
                {hasStart ? ` · the next scan starts at slot ${startSlot}` : ''}
              </li>
            );
          }
          const serves = slotServesText(slotServes(entry.slot, nrSlots, unitSize));
          return (
            <li
              key={entry.slot}
              className={entry.slot === startSlot ? 'sl-slot sl-start' : 'sl-slot'}
              data-testid="slot"
              data-slot={entry.slot}
              data-chunks={entry.chunks.join(',')}
              aria-label={`slot ${entry.slot}, ${serves}: chunks ${entry.chunks.join(', ')} in list order`}
            >
              <span>slot {entry.slot}</span>
              <span className="sl-serves">{serves}</span>
              <ol className="sl-chunks">{entry.chunks.map(chip)}</ol>
            </li>
          );
        })}
      </ol>
      <p className="sl-reserved" data-testid="reserved-chunk">
        {state.reservedChunkId === null ? (
          'No reserved chunk: reserved requests take the normal path.'
        ) : (
          <>
            Reserved chunk:{' '}
            <span className={state.reservedChunkId === nextChunk ? 'sl-chunk sl-chunk-next' : 'sl-chunk'}>
              c{state.reservedChunkId}
            </span>{' '}
            — on no list; only reserved requests use it.
          </>
        )}
      </p>
    </div>
  );
}
