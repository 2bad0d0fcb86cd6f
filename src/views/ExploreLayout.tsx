import { lazy, Suspense } from 'react';
import { ChunkMaps } from './chunkMap/ChunkMaps';
import { KernelLog } from './log/KernelLog';
import { Narration } from './narration/Narration';
import { EraBanner } from './realdata/EraBanner';
import { Panel } from './panels/Panel';
import { SlotLists } from './slots/SlotLists';
import { OpList } from './stepper/OpList';
import { UnitLayout } from './unitLayout/UnitLayout';

// The editor and the config form are not needed for the first picture: it loads right after, off the critical path.
const ConfigPanel = lazy(() => import('./config/ConfigPanel').then((m) => ({ default: m.ConfigPanel })));
const OpEditor = lazy(() => import('./editor/OpEditor').then((m) => ({ default: m.OpEditor })));
const changeViews = () => import('./changeViews');
const MapArrayView = lazy(() => changeViews().then((m) => ({ default: m.MapArrayView })));
const MemoryRequests = lazy(() => changeViews().then((m) => ({ default: m.MemoryRequests })));
const CodePath = lazy(() => changeViews().then((m) => ({ default: m.CodePath })));
const EraPicker = lazy(() => import('./realdata/EraPicker').then((m) => ({ default: m.EraPicker })));

/** The single-run view: three columns (timeline | maps | explanation). */
export function ExploreLayout({ editing }: { editing: boolean }) {
  return (
    <div className="explore-layout">
      <EraBanner />
      <div className="column column-left">
        <Panel id="timeline" title="Boot timeline">
          <OpList />
        </Panel>
        {editing && (
          <Panel id="editor" title="Edit ops">
            <Suspense fallback={<p className="placeholder">Loading the editor…</p>}>
              <OpEditor />
            </Suspense>
          </Panel>
        )}
      </div>
      <div className="column column-center">
        <Panel id="chunks" title="Chunk area maps">
          <ChunkMaps />
        </Panel>
        <Panel id="maparray" title="Map array (chunk->map)">
          <Suspense fallback={<p className="placeholder">Loading the map array…</p>}>
            <MapArrayView />
          </Suspense>
        </Panel>
        <Panel id="units" title="Per-unit layout">
          <UnitLayout />
        </Panel>
      </div>
      <div className="column column-right">
        <Panel id="narration" title="What happened">
          <Narration />
        </Panel>
        <Panel id="memory" title="Memory requests">
          <Suspense fallback={<p className="placeholder">Loading…</p>}>
            <MemoryRequests />
          </Suspense>
        </Panel>
        <Panel id="codepath" title="Kernel code path">
          <Suspense fallback={<p className="placeholder">Loading…</p>}>
            <CodePath />
          </Suspense>
        </Panel>
        <Panel id="slots" title="Slot lists">
          <SlotLists />
        </Panel>
        <Panel id="log" title="Kernel log">
          <KernelLog />
        </Panel>
        {editing && (
          <Panel id="config" title="Config">
            <Suspense fallback={<p className="placeholder">Loading the config form…</p>}>
              <ConfigPanel />
              <EraPicker />
            </Suspense>
          </Panel>
        )}
      </div>
    </div>
  );
}
