import { selectTheme } from '../../store/selectors';
import { useExplorer } from '../storeContext';

export function ThemeToggle() {
  const theme = useExplorer(selectTheme);
  const setTheme = useExplorer((s) => s.setTheme);
  const next = theme === 'light' ? 'dark' : 'light';
  return (
    <button type="button" className="theme-toggle" onClick={() => setTheme(next)} aria-label={`Switch to ${next} theme`}>
      {theme === 'light' ? '☾ Dark' : '☀ Light'}
    </button>
  );
}
