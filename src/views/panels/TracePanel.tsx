import { selectEngineState, selectOutcome, selectStep } from '../../store/selectors';
import { useExplorer } from '../storeContext';

/** The trace record of the current step and the chunk summaries, as the replay writes them. */
export function TracePanel() {
  const outcome = useExplorer(selectOutcome);
  const state = useExplorer(selectEngineState);
  const step = useExplorer(selectStep);
  if (!state) return null;
  return (
    <div className="trace-panel">
      <p>
        Step {step}: {outcome ? `${outcome.op} → ${outcome.ok ? 'ok' : outcome.error}` : 'after setup'}
        {outcome?.chunk !== null && outcome?.chunk !== undefined ? ` (chunk ${outcome.chunk} @ ${outcome.offset})` : ''}
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">chunk</th>
            <th scope="col">role</th>
            <th scope="col">map used / alloc</th>
            <th scope="col">free</th>
            <th scope="col">contig hint</th>
            <th scope="col">storage</th>
          </tr>
        </thead>
        <tbody>
          {state.chunks.map((c) => (
            <tr key={c.id}>
              <td>{c.id}</td>
              <td>{c.role}</td>
              <td>
                {c.map.length} / {c.mapAlloc}
              </td>
              <td>{c.freeSize}</td>
              <td>{c.contigHint}</td>
              <td>{c.mapStorage}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
