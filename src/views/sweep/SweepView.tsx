import { MapUsedChart } from './MapUsedChart';
import { SweepForm } from './SweepForm';
import { SweepProgress } from './SweepProgress';
import { SweepResult } from './SweepResult';
import './sweep.css';

/** What-if: sweep earlySlots × earlySize over the current scenario's early ops, and its map_used over time. */
export function SweepView() {
  return (
    <div className="sweep-view">
      <section className="panel sweep-panel" aria-labelledby="sweep-grid-title">
        <h2 className="sweep-title" id="sweep-grid-title">
          What if the early map had more slots, or the early area more bytes?
        </h2>
        <p className="sweep-intro">
          Each cell replays the current scenario’s ops before slab-online with one earlySlots and earlySize value
          (PERCPU_DYNAMIC_EARLY_SLOTS and _SIZE) and counts how the early allocations fare.
        </p>
        <SweepForm />
        <SweepProgress />
        <SweepResult />
      </section>
      <section className="panel sweep-panel" aria-labelledby="sweep-chart-title">
        <h2 className="sweep-title" id="sweep-chart-title">
          map_used of the first chunk over the current scenario
        </h2>
        <MapUsedChart />
      </section>
    </div>
  );
}
