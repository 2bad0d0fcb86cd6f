import { selectMode } from '../../store/selectors';
import type { Mode } from '../../store/types';
import { useExplorer } from '../storeContext';

const MODES: { id: Mode; label: string }[] = [
  { id: 'explore', label: 'Explore' },
  { id: 'compare', label: 'Compare' },
  { id: 'sweep', label: 'What-if' },
  { id: 'realdata', label: 'Real kernel data' },
  { id: 'quiz', label: 'Quiz' },
];

/** The app's modes as a tab list (arrow keys move between tabs, as ARIA tabs do). */
export function ModeTabs() {
  const mode = useExplorer(selectMode);
  const setMode = useExplorer((s) => s.setMode);
  const move = (delta: number) => {
    const at = MODES.findIndex((m) => m.id === mode);
    const next = MODES[(at + delta + MODES.length) % MODES.length]!;
    setMode(next.id);
    document.getElementById(`mode-tab-${next.id}`)?.focus();
  };
  return (
    <div className="mode-tabs" role="tablist" aria-label="Mode">
      {MODES.map((m) => (
        <button
          key={m.id}
          id={`mode-tab-${m.id}`}
          type="button"
          role="tab"
          aria-selected={mode === m.id}
          aria-controls="mode-panel"
          tabIndex={mode === m.id ? 0 : -1}
          onClick={() => setMode(m.id)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') move(1);
            else if (e.key === 'ArrowLeft') move(-1);
            else return;
            e.preventDefault();
            e.stopPropagation();
          }}
        >
          {m.label}
        </button>
      ))}
    </div>
  );
}
