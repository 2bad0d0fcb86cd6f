import { lazy, Suspense, type ReactNode } from 'react';
import type { PanelId } from '../../store/types';
import { ChunkMaps } from '../chunkMap/ChunkMaps';
import { GlossaryPanel } from '../glossary/GlossaryPanel';
import { KernelLog } from '../log/KernelLog';
import { Narration } from '../narration/Narration';
import { SlotLists } from '../slots/SlotLists';
import { OpList } from '../stepper/OpList';
import { UnitLayout } from '../unitLayout/UnitLayout';

// The editor, the config form and lecture authoring are not needed for the first picture.
const ConfigPanel = lazy(() => import('../config/ConfigPanel').then((m) => ({ default: m.ConfigPanel })));
const OpEditor = lazy(() => import('../editor/OpEditor').then((m) => ({ default: m.OpEditor })));
// The views of the change (map array, memory requests, code path) load together, after the first picture.
const changeViews = () => import('../changeViews');
const MapArrayView = lazy(() => changeViews().then((m) => ({ default: m.MapArrayView })));
const MemoryRequests = lazy(() => changeViews().then((m) => ({ default: m.MemoryRequests })));
const CodePath = lazy(() => changeViews().then((m) => ({ default: m.CodePath })));
const EraPicker = lazy(() => import('../realdata/EraPicker').then((m) => ({ default: m.EraPicker })));
const LectureEditor = lazy(() => import('../lecture/LectureEditor').then((m) => ({ default: m.LectureEditor })));

export interface PanelSpec {
  /** Stable: links, saved layouts and lecture stops name panels by it. */
  id: PanelId;
  title: string;
  column: 'left' | 'center' | 'right';
  /** Can be shown in presentation mode and chosen by a lecture stop. */
  presentable: boolean;
  /** Editing tools: left out of presentation and embeds. */
  editing?: boolean;
  render: () => ReactNode;
}

const later = (what: string, node: ReactNode) => (
  <Suspense fallback={<p className="placeholder">Loading {what}…</p>}>{node}</Suspense>
);

/** Every panel of the explore view, in page order; the layout, presentation and lectures read this one list. */
export const PANELS: readonly PanelSpec[] = [
  { id: 'timeline', title: 'Boot timeline', column: 'left', presentable: true, render: () => <OpList /> },
  {
    id: 'editor',
    title: 'Edit ops',
    column: 'left',
    presentable: false,
    editing: true,
    render: () => later('the editor', <OpEditor />),
  },
  {
    id: 'lecture',
    title: 'Lecture',
    column: 'left',
    presentable: false,
    editing: true,
    render: () => later('lecture authoring', <LectureEditor />),
  },
  { id: 'chunks', title: 'Chunk area maps', column: 'center', presentable: true, render: () => <ChunkMaps /> },
  {
    id: 'maparray',
    title: 'Map array (chunk->map)',
    column: 'center',
    presentable: true,
    render: () => later('the map array', <MapArrayView />),
  },
  { id: 'units', title: 'Per-unit layout', column: 'center', presentable: true, render: () => <UnitLayout /> },
  { id: 'narration', title: 'What happened', column: 'right', presentable: true, render: () => <Narration /> },
  {
    id: 'memory',
    title: 'Memory requests',
    column: 'right',
    presentable: true,
    render: () => later('the memory requests', <MemoryRequests />),
  },
  {
    id: 'codepath',
    title: 'Kernel code path',
    column: 'right',
    presentable: true,
    render: () => later('the code path', <CodePath />),
  },
  { id: 'slots', title: 'Slot lists', column: 'right', presentable: true, render: () => <SlotLists /> },
  { id: 'log', title: 'Kernel log', column: 'right', presentable: true, render: () => <KernelLog /> },
  {
    id: 'config',
    title: 'Config',
    column: 'right',
    presentable: false,
    editing: true,
    render: () =>
      later(
        'the config form',
        <>
          <ConfigPanel />
          <EraPicker />
        </>,
      ),
  },
  {
    id: 'glossary',
    title: 'Glossary',
    column: 'right',
    presentable: false,
    editing: true,
    render: () => <GlossaryPanel />,
  },
];

export const panelSpec = (id: PanelId): PanelSpec | undefined => PANELS.find((p) => p.id === id);
