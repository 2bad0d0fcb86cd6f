import { useEffect } from 'react';
import { selectTheme } from '../store/selectors';
import { ChunkMaps } from './chunkMap/ChunkMaps';
import { ConfigPanel } from './config/ConfigPanel';
import { OpEditor } from './editor/OpEditor';
import { HeaderBar } from './header/HeaderBar';
import { KernelLog } from './log/KernelLog';
import { Narration } from './narration/Narration';
import { Panel } from './panels/Panel';
import { SlotLists } from './slots/SlotLists';
import { OpList } from './stepper/OpList';
import { Stepper } from './stepper/Stepper';
import { useExplorer } from './storeContext';
import { UnitLayout } from './unitLayout/UnitLayout';

/** Layout only: three columns (timeline | maps | explanation), each panel owned by its own module. */
export function App() {
  const theme = useExplorer(selectTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div className="app">
      <HeaderBar />
      <Stepper />
      <main className="app-main">
        <div className="column column-left">
          <Panel id="timeline" title="Boot timeline">
            <OpList />
          </Panel>
          <Panel id="editor" title="Edit ops">
            <OpEditor />
          </Panel>
        </div>
        <div className="column column-center">
          <Panel id="chunks" title="Chunk area maps">
            <ChunkMaps />
          </Panel>
          <Panel id="units" title="Per-unit layout">
            <UnitLayout />
          </Panel>
        </div>
        <div className="column column-right">
          <Panel id="narration" title="What happened">
            <Narration />
          </Panel>
          <Panel id="slots" title="Slot lists">
            <SlotLists />
          </Panel>
          <Panel id="log" title="Kernel log">
            <KernelLog />
          </Panel>
          <Panel id="config" title="Config">
            <ConfigPanel />
          </Panel>
        </div>
      </main>
    </div>
  );
}
