import { useEffect, useMemo } from 'react';
import { selectScenario, selectStep, selectTimeline } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import './opList.css';
import { OpRowView } from './OpRowView';
import { buildOpRows } from '../../model/opRows';
import { stepMarkers } from '../../model/stepMarkers';
import { useVirtualRows } from '../shared/useVirtualRows';

/** Two lines for the op and up to two for its result, so a failure reason is never cut mid-word. */
const ROW_HEIGHT = 64;

/** The boot timeline: every op with what it did, split at slab-online; windowed for long scenarios. */
export function OpList() {
  const scenario = useExplorer(selectScenario);
  const timeline = useExplorer(selectTimeline);
  const step = useExplorer(selectStep);
  const setStep = useExplorer((s) => s.setStep);
  const setPlaying = useExplorer((s) => s.setPlaying);
  const { rows, rowOfOp } = useMemo(() => buildOpRows(scenario.ops), [scenario.ops]);
  const warned = useMemo(() => new Set(stepMarkers(timeline).warnings), [timeline]);
  const { ref, onScroll, start, end, totalHeight, reveal } = useVirtualRows(rows.length, ROW_HEIGHT);

  // Step k shows the result of op k - 1; step 0 is the setup row.
  const currentRow = step === 0 ? 0 : (rowOfOp[step - 1] ?? 0);
  useEffect(() => reveal(currentRow), [currentRow, reveal]);

  const go = (target: number) => {
    setPlaying(false);
    setStep(target);
  };

  return (
    <div className="op-list" ref={ref} onScroll={onScroll} data-testid="op-list">
      <div role="list" aria-label="Boot timeline ops" className="op-list-inner" style={{ height: totalHeight }}>
        {rows.slice(start, end).map((row, n) => (
          <OpRowView
            key={start + n}
            row={row}
            top={(start + n) * ROW_HEIGHT}
            height={ROW_HEIGHT}
            timeline={timeline}
            current={start + n === currentRow}
            warned={row.kind === 'op' && warned.has(row.index + 1)}
            onGo={go}
          />
        ))}
      </div>
    </div>
  );
}
