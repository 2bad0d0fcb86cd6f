import { useEffect } from 'react';
import { selectScenario, selectTheme } from '../store/selectors';
import { Panel } from './panels/Panel';
import { TracePanel } from './panels/TracePanel';
import { useExplorer } from './storeContext';

export function App() {
  const theme = useExplorer(selectTheme);
  const scenario = useExplorer(selectScenario);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Percpu Explorer</h1>
        <p className="scenario-title">{scenario.title ?? 'Untitled scenario'}</p>
      </header>
      <main className="app-main">
        <Panel id="chunks" title="Chunks">
          <TracePanel />
        </Panel>
      </main>
    </div>
  );
}
