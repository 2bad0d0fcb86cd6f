import { useMemo, useState } from 'react';
import { bootOf } from '../../model/run';
import { applySuggestion } from '../../realdata/dmesgConfig';
import { parsePercpuStats } from '../../realdata/percpuStats';
import { PERCPU_STATS_5_15 } from '../../realdata/samples/eraSamples';
import { parseScenario } from '../../scenario/schema';
import { selectScenario, selectStep } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import { PasteOrPickFile } from './PasteOrPickFile';
import { ProblemList } from './ProblemList';

const CHUNK_KEYS = ['nr_alloc', 'free_bytes', 'free_size', 'contig_bytes', 'contig_hint', 'max_alloc_size'];

/** Paste /sys/kernel/debug/percpu_stats: its Allocation Info as a config, its chunks beside the model's. */
export function StatsSection() {
  const scenario = useExplorer(selectScenario);
  const step = useExplorer(selectStep);
  const loadScenario = useExplorer((s) => s.loadScenario);
  const setMode = useExplorer((s) => s.setMode);
  const [text, setText] = useState<string | null>(null);
  const parsed = useMemo(() => (text === null ? null : parsePercpuStats(text)), [text]);
  const config = useMemo(
    () => (parsed ? applySuggestion(scenario.config, parsed.config) : null),
    [parsed, scenario.config],
  );
  const model = useMemo(() => (config ? bootOf(config) : null), [config]);
  const check = config ? parseScenario({ ...scenario, config }) : null;

  return (
    <section className="realdata-section" aria-labelledby="stats-title">
      <h3 id="stats-title">percpu_stats (debugfs)</h3>
      <p className="realdata-intro">
        Paste <code>/sys/kernel/debug/percpu_stats</code> (kernels since 4.13 with CONFIG_PERCPU_STATS).
      </p>
      <PasteOrPickFile
        label="percpu_stats text"
        fileLabel="Or open a percpu_stats file:"
        placeholder="Percpu Memory Statistics"
        readLabel="Read stats"
        exampleLabel="Try an example dump"
        example={PERCPU_STATS_5_15}
        onRead={setText}
      />
      {parsed && (
        <div className="realdata-result" data-testid="stats-report">
          <h4>Allocation Info</h4>
          <table className="data-table realdata-table" aria-label="Allocation Info">
            <tbody>
              {Object.entries(parsed.allocationInfo).map(([key, value]) => (
                <tr key={key}>
                  <th scope="row" className="text-cell">
                    {key}
                  </th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="line-notes" aria-label="About the stats">
            {parsed.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <ProblemList
            title="Problems in the stats"
            problems={[...parsed.problems, ...(check && !check.ok ? check.errors : [])]}
          />
          <h4>The kernel's chunks beside the model's first chunk</h4>
          <table className="data-table realdata-table" aria-label="Chunks">
            <thead>
              <tr>
                <th scope="col" className="text-cell">
                  Kernel chunk
                </th>
                {CHUNK_KEYS.map((k) => (
                  <th key={k} scope="col">
                    {k}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {parsed.chunks.map((c) => (
                <tr key={c.line}>
                  <th scope="row" className="text-cell">
                    {c.role} (line {c.line})
                  </th>
                  {CHUNK_KEYS.map((k) => (
                    <td key={k}>{c.values[k] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {model && model.ok && (
            <p>
              Model after setup:{' '}
              {model.state.chunks
                .map((c) => `chunk ${c.id} (${c.role}): free ${c.freeSize}, contig ${c.contigHint}`)
                .join('; ')}
              .
            </p>
          )}
          <div className="realdata-actions">
            <button
              type="button"
              disabled={!check || !check.ok || Object.keys(parsed.config).length === 0}
              onClick={() => {
                if (!check || !check.ok) return;
                loadScenario(check.scenario, { history: 'record', step });
                setMode('explore');
              }}
            >
              Use these sizes
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
