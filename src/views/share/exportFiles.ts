import type { Scenario } from '../../engine/types';
import { fileStem, scenarioFileText, traceFileParts } from '../../share';
import { downloadFile } from './download';

export function exportScenarioFile(scenario: Scenario): void {
  downloadFile(`${fileStem(scenario.title)}.scenario.json`, [scenarioFileText(scenario)], 'application/json');
}

/** The trace the replay command prints for this scenario, byte for byte. */
export function exportTraceFile(scenario: Scenario): void {
  downloadFile(`${fileStem(scenario.title)}.trace.json`, traceFileParts(scenario), 'application/json');
}
