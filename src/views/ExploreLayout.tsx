import { EraBanner } from './realdata/EraBanner';
import { Panel } from './panels/Panel';
import { PANELS, type PanelSpec } from './panels/registry';

const COLUMNS: PanelSpec['column'][] = ['left', 'center', 'right'];

/** The single-run view: three columns (timeline | maps | explanation), from the panel registry. */
export function ExploreLayout({ editing }: { editing: boolean }) {
  return (
    <div className="explore-layout">
      <EraBanner />
      {COLUMNS.map((column) => (
        <div key={column} className={`column column-${column}`}>
          {PANELS.filter((p) => p.column === column && (editing || !p.editing)).map((p) => (
            <Panel key={p.id} id={p.id} title={p.title}>
              {p.render()}
            </Panel>
          ))}
        </div>
      ))}
    </div>
  );
}
