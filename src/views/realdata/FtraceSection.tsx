import { useMemo, useState } from 'react';
import { isolateText } from '../../share/isolateText';
import type { Op } from '../../engine/types';
import { parseFtrace, type FtraceStats } from '../../realdata';
import { FTRACE_5X } from '../../realdata/samples/ftraceSamples';
import { requestWords } from '../../scenario/describeOp';
import { selectScenario } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import { replayPlacements } from '../../realdata/ftraceReplay';
import { ftraceScenario } from '../../realdata/ftraceImport';
import { ProblemList } from './ProblemList';
import { PasteOrPickFile } from './PasteOrPickFile';

const STAT_WORDS: [keyof FtraceStats, string][] = [
  ['events', 'percpu events'],
  ['allocs', 'allocations'],
  ['frees', 'frees'],
  ['matchedFrees', 'frees matched to an allocation'],
  ['unmatchedFrees', 'frees not matched'],
  ['failures', 'failed allocations (not replayed)'],
  ['skippedAllocs', 'allocations left out'],
  ['reserved', 'reserved allocations'],
  ['atomic', 'atomic allocations'],
  ['stillAllocated', 'never freed'],
  ['createdChunks', 'chunks the kernel created'],
  ['destroyedChunks', 'chunks the kernel destroyed'],
  ['rejectedLines', 'lines that only name an event (not read)'],
];

/** Rows of the op preview; a trace can hold many thousands. */
const PREVIEW_OPS = 100;

/** A traced op in the preview: the request, then the task or call site the trace names (shown as text). */
const previewText = (op: Op) =>
  `${requestWords(op)}${op.op === 'alloc' && op.label ? ` — ${isolateText(op.label)}` : ''}`;

/** Paste trace-event output: the ops it replays, what could not be matched, and a scenario from it. */
export function FtraceSection() {
  const scenario = useExplorer(selectScenario);
  const loadScenario = useExplorer((s) => s.loadScenario);
  const setMode = useExplorer((s) => s.setMode);
  const [readText, setReadText] = useState<string | null>(null);
  const [openErrors, setOpenErrors] = useState<string[]>([]);
  const [slabFirst, setSlabFirst] = useState(true);
  const parsed = useMemo(() => (readText === null ? null : parseFtrace(readText)), [readText]);
  // 2.6.36's placement of the previewed ops on the current machine, beside the trace's own off=.
  const placements = useMemo(
    () =>
      parsed === null
        ? []
        : replayPlacements(scenario.config, parsed.ops, PREVIEW_OPS, slabFirst ? [{ op: 'slab-online' }] : []),
    [parsed, scenario.config, slabFirst],
  );

  const read = (value: string) => {
    setReadText(value);
    setOpenErrors([]);
  };

  return (
    <section className="realdata-section" aria-labelledby="ftrace-title">
      <h3 id="ftrace-title">Trace events (ftrace)</h3>
      <p className="realdata-intro">
        Paste the text output of the <code>percpu_alloc_percpu</code> and <code>percpu_free_percpu</code> events (from{' '}
        <code>/sys/kernel/tracing/trace</code> or <code>perf script</code>). Frees are matched to allocations by
        address.
      </p>
      <PasteOrPickFile
        label="Trace text"
        fileLabel="Or open a trace file:"
        placeholder="modprobe-1234 [002] .... 105.432500: percpu_alloc_percpu: reserved=0 is_atomic=0 size=16 align=8 …"
        readLabel="Read trace"
        exampleLabel="Try an example trace"
        example={FTRACE_5X}
        onRead={read}
      />

      {parsed && (
        <div className="realdata-result" data-testid="ftrace-report">
          <h4>What the trace holds</h4>
          <table className="data-table realdata-table" aria-label="Trace statistics">
            <tbody>
              {STAT_WORDS.map(([key, words]) => (
                <tr key={key}>
                  <th scope="row" className="text-cell">
                    {words}
                  </th>
                  <td>{parsed.stats[key]}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" className="text-cell">
                  ops to replay
                </th>
                <td data-testid="ftrace-op-count">{parsed.ops.length}</td>
              </tr>
            </tbody>
          </table>
          <ProblemList title="Problems in the trace" problems={parsed.problems} />
          {parsed.notes.length > 0 && (
            <ul className="line-notes" aria-label="About the replay">
              {parsed.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          )}
          {parsed.ops.length > 0 && (
            <details className="ops-preview">
              <summary>
                The ops{parsed.ops.length > PREVIEW_OPS ? ` (first ${PREVIEW_OPS} of ${parsed.ops.length})` : ''}
              </summary>
              <table className="data-table realdata-table">
                <thead>
                  <tr>
                    <th scope="col">Op</th>
                    <th scope="col">Trace line</th>
                    <th scope="col">What</th>
                    <th scope="col">Trace off=</th>
                    <th scope="col">Replay (2.6.36)</th>
                  </tr>
                </thead>
                <tbody>
                  {parsed.ops.slice(0, PREVIEW_OPS).map((op, i) => (
                    <tr key={i}>
                      <td>#{i}</td>
                      <td>{parsed.sourceLines[i]}</td>
                      <td className="text-cell">{previewText(op)}</td>
                      <td>{parsed.traceOffsets[i] ?? ''}</td>
                      <td>{placements[i] ? `chunk ${placements[i].chunk} +${placements[i].offset}` : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          )}
          <label className="slab-first">
            <input type="checkbox" checked={slabFirst} onChange={(e) => setSlabFirst(e.target.checked)} /> Start with
            slab online (a trace comes from a running kernel, where slab is long up)
          </label>
          <div className="realdata-actions">
            <button
              type="button"
              disabled={parsed.ops.length === 0}
              onClick={() => {
                const result = ftraceScenario(parsed, scenario.config, { slabFirst });
                if (!result.ok) {
                  setOpenErrors(result.errors);
                  return;
                }
                loadScenario(result.scenario, { history: 'record', step: 0, presetId: null });
                setMode('explore');
              }}
            >
              Open as scenario
            </button>
            <span className="hint">Replays these ops on the current machine's config, from step 0, in Explore.</span>
          </div>
          {openErrors.length > 0 && (
            <div role="alert">
              <ProblemList title="The scenario could not be built" problems={openErrors} />
            </div>
          )}
        </div>
      )}
    </section>
  );
}
