import type { Scenario } from '../../engine/types';
import type { PageClock } from '../../store/clock';
import { fileStem, traceFileParts } from '../../share';
import { downloadBlob } from '../shared/download';

/**
 * The trace the replay command prints for this scenario, byte for byte. Its own module: the
 * trace writer loads when a trace is asked for, not with the first screen.
 */
export function exportTraceFile(scenario: Scenario, clock: PageClock): void {
  downloadBlob(
    new Blob(traceFileParts(scenario), { type: 'application/json' }),
    `${fileStem(scenario.title)}.trace.json`,
    clock,
  );
}
