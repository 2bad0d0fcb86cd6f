import { useEffect, useState } from 'react';
import { useExplorerStore } from '../storeContext';
import './share.css';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/** Dropping a scenario file anywhere on the page opens it; an overlay shows while a file is dragged over. */
export function DropZone() {
  const store = useExplorerStore();
  const [over, setOver] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; count them to know when the page is left.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const overPage = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser would navigate away to the dropped file.
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = e.dataTransfer?.files;
      const file = files?.[0];
      // The file reader loads when a file is opened, not with the first screen.
      if (file) void import('./importScenario').then((m) => m.importScenarioFile(store, file, files.length - 1));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overPage);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overPage);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [store]);

  if (!over) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <p>Drop a scenario file (.json) to open it</p>
    </div>
  );
}
