import type { Scenario } from '../../engine/types';
import type { PageClock } from '../../store/clock';
import { fileStem, scenarioFileText } from '../../share';
import { downloadBlob } from '../shared/download';

const JSON_TYPE = 'application/json';

export function exportScenarioFile(scenario: Scenario, clock: PageClock): void {
  const blob = new Blob([scenarioFileText(scenario)], { type: JSON_TYPE });
  downloadBlob(blob, `${fileStem(scenario.title)}.scenario.json`, clock);
}
