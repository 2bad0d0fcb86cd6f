import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { slabOnlineIndex, sweepConfig, type EarlyOutcome } from '../../analysis';
import { MAX_TITLE } from '../../scenario/defaults';
import { parseScenario } from '../../scenario/schema';
import { selectScenario } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import { GridTable } from './GridTable';
import { HeatLegend } from './HeatLegend';
import { Heatmap } from './Heatmap';
import { selectSweep } from '../../store/sweepSlice';
import { cellName, summarizeGrid, summaryText, whatIfTitle } from './sweepText';

/**
 * The result element. `data-sweep-state` (idle | running | done | cancelled | error), once done
 * `data-sweep-ms` (wall-clock milliseconds), `data-sweep-cells` and `data-sweep-run` (1, 2, … per
 * Run) let a benchmark drive the sweep from the UI.
 */
export function SweepResult() {
  const { status, run: latest, error, metric: chosenMetric } = useExplorer(selectSweep);
  // The grid draws from deferred copies: redrawing 4,096 cells (a new colour range, a new metric)
  // is rendered in slices between frames, so the page keeps answering while a sweep runs.
  const run = useDeferredValue(latest);
  const metric = useDeferredValue(chosenMetric);
  const scenario = useExplorer(selectScenario);
  const loadScenario = useExplorer((s) => s.loadScenario);
  const setMode = useExplorer((s) => s.setMode);
  const [openError, setOpenError] = useState<string | null>(null);

  const summary = useMemo(() => (run ? summarizeGrid(run.rows, run.slots, run.sizes, metric) : null), [run, metric]);
  const earlyEnd = useMemo(() => (run ? slabOnlineIndex(run.scenario.ops) : 0), [run]);
  // Open where the story is: just after the first early failure, else just before slab comes online.
  const openStep = useCallback(
    (o: EarlyOutcome) => (o.built && o.firstEarlyFailure !== null ? o.firstEarlyFailure + 1 : earlyEnd),
    [earlyEnd],
  );

  const open = useCallback(
    (r: number, c: number) => {
      const outcome = run?.rows[r]?.[c];
      if (!run || !outcome) return;
      const slots = run.slots[r]!;
      const size = run.sizes[c]!;
      if (!outcome.built) {
        setOpenError(`${cellName(slots, size)} does not build, so there is nothing to explore: ${outcome.reason}.`);
        return;
      }
      const base = run.scenario;
      const unchanged = base.config.earlySlots === slots && base.config.earlySize === size;
      const parsed = parseScenario({
        ...base,
        title: unchanged ? base.title : whatIfTitle(base.title, slots, size, MAX_TITLE),
        config: sweepConfig(base.config, slots, size),
      });
      if (!parsed.ok) {
        setOpenError(`Could not open ${cellName(slots, size)}: ${parsed.errors.join('; ')}`);
        return;
      }
      setOpenError(null);
      loadScenario(parsed.scenario, { history: 'record', step: openStep(outcome), ...(unchanged ? {} : { presetId: null }) });
      setMode('explore');
    },
    [run, loadScenario, setMode, openStep],
  );

  return (
    <section
      className="sweep-result"
      aria-label="Sweep result"
      data-sweep-state={status}
      data-sweep-ms={status === 'done' && latest?.elapsedMs != null ? latest.elapsedMs : undefined}
      data-sweep-cells={latest ? latest.slots.length * latest.sizes.length : undefined}
      data-sweep-run={latest?.id}
    >
      {status === 'error' && error && (
        <p className="sweep-error" role="alert">
          The sweep stopped: {error}. Run it again; if it keeps failing, reload the page.
        </p>
      )}
      {openError && (
        <p className="sweep-error" role="alert">
          {openError}
        </p>
      )}
      {!run && <p className="sweep-empty">Choose the ranges and press “Run sweep”.</p>}
      {run && summary && (
        <>
          {run.scenario !== scenario && (
            <p className="sweep-note">
              These results are for “{run.scenario.title ?? 'Untitled scenario'}” as it was when the sweep ran; the
              current scenario has changed since. Run the sweep again to update them.
            </p>
          )}
          <Heatmap
            rows={run.rows}
            slots={run.slots}
            sizes={run.sizes}
            metric={metric}
            current={
              run.scenario === scenario ? { slots: scenario.config.earlySlots, size: scenario.config.earlySize } : null
            }
            openStep={openStep}
            onOpen={open}
          />
          <HeatLegend summary={summary} metric={metric} />
          <p className="sweep-summary" aria-live="polite">
            {status === 'done' && run.elapsedMs !== null
              ? `Done in ${run.elapsedMs} ms on ${run.workers} ${run.workers === 1 ? 'worker' : 'workers'}. `
              : ''}
            {summaryText(summary, metric)}
          </p>
          <GridTable
            rows={run.rows}
            slots={run.slots}
            sizes={run.sizes}
            metric={metric}
            title={run.scenario.title ?? 'Untitled scenario'}
          />
        </>
      )}
    </section>
  );
}
