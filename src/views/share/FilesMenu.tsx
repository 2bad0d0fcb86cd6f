import { useRef } from 'react';
import { usePageClock } from '../pageClock';
import { useExplorerStore } from '../storeContext';
import { exportScenarioFile } from './exportFiles';

/** Open a scenario file, save the scenario, save its trace (as the replay command writes it). */
export function FilesMenu() {
  const store = useExplorerStore();
  const clock = usePageClock();
  const input = useRef<HTMLInputElement>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => menu.current?.removeAttribute('open');
  return (
    <details className="share-files" ref={menu}>
      <summary>Files</summary>
      <div className="share-files-list">
        <button
          type="button"
          onClick={() => {
            close();
            input.current?.click();
          }}
        >
          Import scenario…
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Scenario file to import"
          data-testid="import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            // The file reader loads when a file is opened, not with the first screen.
            if (file) void import('./importScenario').then((m) => m.importScenarioFile(store, file));
          }}
        />
        <button
          type="button"
          onClick={() => {
            close();
            exportScenarioFile(store.getState().scenario, clock);
          }}
        >
          Export scenario
        </button>
        <button
          type="button"
          onClick={() => {
            close();
            // The trace writer loads on first use.
            void import('./exportTrace').then((m) => m.exportTraceFile(store.getState().scenario, clock));
          }}
        >
          Export trace
        </button>
      </div>
    </details>
  );
}
