import type { ReactNode } from 'react';
import { selectCollapsed } from '../../store/selectors';
import type { PanelId } from '../../store/types';
import { useExplorer } from '../storeContext';

/** A titled region that can be collapsed; the title is a real button for keyboard users. */
export function Panel({
  id,
  title,
  children,
  className,
}: {
  id: PanelId;
  title: string;
  children: ReactNode;
  className?: string;
}) {
  const collapsed = useExplorer(selectCollapsed)[id] ?? false;
  const togglePanel = useExplorer((s) => s.togglePanel);
  const bodyId = `panel-${id}`;
  return (
    <section className={`panel panel-${id} ${className ?? ''}`} aria-labelledby={`${bodyId}-title`} data-panel={id}>
      <h2 className="panel-title" id={`${bodyId}-title`}>
        <button type="button" aria-expanded={!collapsed} aria-controls={bodyId} onClick={() => togglePanel(id)}>
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span> {title}
        </button>
      </h2>
      <div className="panel-body" id={bodyId} hidden={collapsed}>
        {children}
      </div>
    </section>
  );
}
