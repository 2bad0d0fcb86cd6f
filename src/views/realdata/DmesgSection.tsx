import { useMemo, useState } from 'react';
import { DMESG_2636_EXAMPLE1 } from '../../realdata/samples/dmesgSamples';
import { selectScenario, selectStep } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import { checkBootLog } from '../../realdata/checkLog';
import { reproducedScenario } from '../../realdata/checkSummary';
import { comparisonSummary, readBootLog, recordNumbers, RECORD_KIND_WORDS } from '../../realdata/bootLogReport';
import { BootLogCheckView } from './BootLogCheckView';
import { LineReport } from './LineReport';
import { ProblemList } from './ProblemList';
import { PasteOrPickFile } from './PasteOrPickFile';

type Against = 'suggested' | 'current';

/** Paste a boot log: the numbers it prints, the config that reproduces them, and a line-by-line check. */
export function DmesgSection() {
  const scenario = useExplorer(selectScenario);
  const step = useExplorer(selectStep);
  const loadScenario = useExplorer((s) => s.loadScenario);
  const setMode = useExplorer((s) => s.setMode);
  const [readText, setReadText] = useState<string | null>(null);
  const [against, setAgainst] = useState<Against>('suggested');
  // Derived from the current config, so the report stays true when the scenario changes.
  const report = useMemo(
    () => (readText === null ? null : readBootLog(readText, scenario.config)),
    [readText, scenario.config],
  );
  const canUse = report !== null && report.rows.length > 0 && report.configErrors.length === 0;
  // The checker reads only the log: never the open scenario.
  const check = useMemo(() => (readText === null ? null : checkBootLog(readText)), [readText]);
  const [openError, setOpenError] = useState<string[]>([]);
  const openReproduced = () => {
    if (!check) return;
    const parsed = reproducedScenario(check);
    if (!parsed.ok) {
      setOpenError(parsed.errors);
      return;
    }
    setOpenError([]);
    loadScenario(parsed.scenario, { history: 'record', step: 0, presetId: null });
    setMode('explore');
  };

  return (
    <section className="realdata-section" aria-labelledby="dmesg-title">
      <h3 id="dmesg-title">Boot log (dmesg)</h3>
      <p className="realdata-intro">
        Paste the percpu lines of a boot log (<code>PERCPU: Embedded …</code> and <code>pcpu-alloc: …</code>).
        Timestamps, syslog prefixes, log levels and e-mail quoting are fine.
      </p>
      <PasteOrPickFile
        label="Boot log text"
        fileLabel="Or open a boot log file:"
        placeholder="[    0.000000] PERCPU: Embedded 28 pages/cpu @ffff880001e00000 s82880 r8192 d23616 u524288"
        readLabel="Read log"
        exampleLabel="Try an example log"
        example={DMESG_2636_EXAMPLE1}
        onRead={setReadText}
      />

      {check && <BootLogCheckView check={check} onOpen={openReproduced} />}
      <ProblemList title="Could not open" problems={openError} />
      {report && (
        <div className="realdata-result" data-testid="dmesg-report">
          <h4>Against the scenario (2.6.36 unless its config says otherwise)</h4>
          <h4>Numbers found</h4>
          {report.parsed.lines.length === 0 ? (
            <p>No percpu setup lines were recognised.</p>
          ) : (
            <table className="data-table realdata-table">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col" className="text-cell">
                    What
                  </th>
                  <th scope="col" className="text-cell">
                    Numbers
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.parsed.lines.map((record) => (
                  <tr key={record.line}>
                    <td>{record.line}</td>
                    <td className="text-cell">{RECORD_KIND_WORDS[record.kind]}</td>
                    <td className="text-cell">
                      <code>{recordNumbers(record)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          <h4>Config the log suggests</h4>
          {report.rows.length === 0 ? (
            <p>The log determines no config field.</p>
          ) : (
            <table className="data-table realdata-table" aria-label="Suggested config">
              <thead>
                <tr>
                  <th scope="col" className="text-cell">
                    Field
                  </th>
                  <th scope="col">From the log</th>
                  <th scope="col">Current scenario</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.field} className={row.changes ? 'changes' : undefined}>
                    <th scope="row" className="text-cell">
                      {row.field}
                    </th>
                    <td>{row.fromLog}</td>
                    <td>
                      {row.current}
                      {row.changes && <span className="visually-hidden"> (changes)</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <ProblemList title="Config errors" problems={report.configErrors} />
          <div className="realdata-actions">
            <button
              type="button"
              disabled={!canUse}
              onClick={() => {
                loadScenario({ ...scenario, config: report.suggested }, { history: 'record', step });
                setMode('explore');
              }}
            >
              Use this config
            </button>
            <span className="hint">Loads the current scenario's ops on this machine and switches to Explore.</span>
          </div>

          <h4>Log against the model</h4>
          <p aria-live="polite" data-testid="dmesg-summary">
            With the suggested config: {comparisonSummary(report.withSuggested)}. With the current scenario's config:{' '}
            {comparisonSummary(report.withCurrent)}.
          </p>
          <fieldset className="against">
            <legend>Show the comparison with</legend>
            <label>
              <input
                type="radio"
                name="dmesg-against"
                checked={against === 'suggested'}
                onChange={() => setAgainst('suggested')}
              />{' '}
              the suggested config
            </label>
            <label>
              <input
                type="radio"
                name="dmesg-against"
                checked={against === 'current'}
                onChange={() => setAgainst('current')}
              />{' '}
              the current scenario's config
            </label>
          </fieldset>
          <LineReport comparison={against === 'suggested' ? report.withSuggested : report.withCurrent} />
          <ProblemList title="Problems in the log" problems={report.parsed.problems} />
        </div>
      )}
    </section>
  );
}
