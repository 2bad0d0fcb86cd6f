import { useMemo } from 'react';
import { chunkStructBytes, memoryTrafficOf, type MemoryTraffic } from '../../model/memoryRequests';
import { selectEngineState, selectEvents, selectScenario, selectStep } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import { bytesText, useLeaksSoFar } from './useLeakLedger';
import './memoryRequests.css';

/** Kept local: importing the narration's words would split them into a chunk of their own. */
const arraysText = (n: number) => `${n} ${n === 1 ? 'array' : 'arrays'}`;

function resultText(t: MemoryTraffic): string {
  if (t.kind === 'request') return t.result === 'NULL' ? 'NULL' : t.result === 'crash' ? 'crash' : t.result;
  return t.outcome;
}

function resultClass(t: MemoryTraffic): string {
  const bad =
    t.kind === 'request'
      ? t.result === 'NULL' || t.result === 'crash'
      : t.outcome === 'leaked' || t.outcome === 'undefined behaviour';
  return bad ? 'mr-result mr-bad' : 'mr-result';
}

/** Who asked memory of whom at this step: every request the percpu code made and what it got. */
export function MemoryRequests() {
  const state = useExplorer(selectEngineState);
  const events = useExplorer(selectEvents);
  const step = useExplorer(selectStep);
  const scenario = useExplorer(selectScenario);
  const leaks = useLeaksSoFar();
  const op = step > 0 ? scenario.ops[step - 1] : undefined;
  const traffic = useMemo(() => (state ? memoryTrafficOf(op, events, state.config) : []), [op, events, state]);
  if (!state) return <p className="placeholder">No memory requests: the kernel did not boot.</p>;
  const { unitSize } = state.layout;
  const { pageSize } = state.config;
  const unitPages = unitSize / pageSize;
  const structBytes = chunkStructBytes(unitSize, pageSize);
  const leaked = leaks.bytes;
  return (
    // Focusable so that keyboard users can scroll the lane when its panel scrolls (presentation, lectures).
    <div className="mr" data-testid="memory-requests" tabIndex={0} aria-label="Memory requests of this step">
      <p className="mr-struct" data-testid="chunk-struct-size">
        A new chunk’s struct: pcpu_chunk_struct_size = 64 + 8 × ⌈{unitPages} pages / 64⌉ ={' '}
        <strong>{structBytes} B</strong>
        {structBytes > pageSize
          ? state.config.earlyAlloc
            ? ` — more than a ${pageSize}-byte page, so pcpu_mem_alloc takes it from vmalloc, yet pcpu_free_chunk frees it with kfree`
            : ' — from kzalloc (slab) before this commit, whatever its size'
          : ` — fits in a page: kzalloc`}
      </p>
      {traffic.length === 0 ? (
        <p className="mr-none">This step asked no memory of the kernel’s allocators.</p>
      ) : (
        <ol className="mr-lane" aria-label="Memory requests of this step">
          {traffic.map((t, i) => (
            <li key={i} className={`mr-item mr-${t.kind}`} data-testid="memory-request">
              <code className="mr-call">{t.call}</code>
              <span className="mr-what">
                {t.kind === 'request'
                  ? `${t.purpose}${t.chunk !== null ? ` of chunk ${t.chunk}` : ''}, ${t.bytes} B`
                  : t.what}
              </span>
              <span className={resultClass(t)}>→ {resultText(t)}</span>
              <span className="mr-why">{t.why}</span>
            </li>
          ))}
        </ol>
      )}
      <p className="mr-leaks" data-testid="leaked-bytes">
        {leaked > 0
          ? `Leaked map buffers so far: ${bytesText(leaked)} in ${arraysText(leaks.count)} (this commit never frees the old map on extension).`
          : state.config.earlyAlloc
            ? 'No map buffer leaked so far.'
            : 'Before this commit old maps of 16 or more entries are freed on extension: nothing leaks.'}
      </p>
    </div>
  );
}
