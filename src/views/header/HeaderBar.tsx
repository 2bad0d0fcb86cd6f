import { isolateText } from '../../share/isolateText';
import { selectScenario } from '../../store/selectors';
import { ShareControls } from '../share/ShareControls';
import { ExportMenu } from '../export/ExportMenu';
import { PresentationToggle } from '../presentation/PresentationToggle';
import { useExplorer } from '../storeContext';
import { ModeTabs } from './ModeTabs';
import { PresetPicker } from './PresetPicker';
import { scenarioHeading } from '../../scenario/scenarioIdentity';
import { ThemeToggle } from './ThemeToggle';

export function HeaderBar() {
  const scenario = useExplorer(selectScenario);
  const presetId = useExplorer((s) => s.presetId);
  const heading = scenarioHeading(scenario, presetId);
  return (
    <header className="app-header">
      <h1>Percpu Explorer</h1>
      <p
        className="scenario-title"
        title={isolateText(heading.edited ? heading.title : (scenario.description ?? ''))}
        data-edited={heading.edited}
      >
        <bdi>{heading.title}</bdi>
        <span className="variant-badge">
          {scenario.config.earlyAlloc ? 'v2.6.36 (early alloc)' : 'pre-change parent'}
        </span>
      </p>
      <ModeTabs />
      <div className="header-tools">
        <PresetPicker />
        <ShareControls />
        <ExportMenu />
        <PresentationToggle />
        <ThemeToggle />
      </div>
    </header>
  );
}
