import './realdata.css';
import { DmesgSection } from './DmesgSection';
import { FtraceSection } from './FtraceSection';
import { StatsSection } from './StatsSection';

/** Real kernel data: set a machine's boot log and a trace of its percpu calls beside the model. */
export function RealDataView() {
  return (
    <div className="realdata-view">
      <h2 className="visually-hidden">Real kernel data</h2>
      <DmesgSection />
      <FtraceSection />
      <StatsSection />
    </div>
  );
}
