import { useEffect } from 'react';
import { selectEmbed, selectMode, selectPresentation, selectShowControls, selectTheme } from '../store/selectors';
import { CompareView } from './compare/CompareView';
import { ExploreLayout } from './ExploreLayout';
import { HeaderBar } from './header/HeaderBar';
import { QuizView } from './quiz/QuizView';
import { RealDataView } from './realdata/RealDataView';
import { Stepper } from './stepper/Stepper';
import { useExplorer } from './storeContext';
import { SweepView } from './sweep/SweepView';

/** Layout only: header, stepper, then the current mode's view; each view owned by its own module. */
export function App() {
  const theme = useExplorer(selectTheme);
  const mode = useExplorer(selectMode);
  const presentation = useExplorer(selectPresentation);
  const embed = useExplorer(selectEmbed);
  const showControls = useExplorer(selectShowControls);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const editing = !embed && !presentation;
  return (
    <div className={`app${presentation ? ' presentation' : ''}${embed ? ' embed' : ''}`}>
      {!embed && <HeaderBar />}
      {/* The quiz steps by itself: the stepper's failure marks would give answers away. */}
      {showControls && (mode === 'explore' || mode === 'compare') && <Stepper />}
      <main className="app-main">
        <div id="mode-panel" role={embed ? undefined : 'tabpanel'} aria-labelledby={embed ? undefined : `mode-tab-${mode}`}>
          {mode === 'explore' && <ExploreLayout editing={editing} />}
          {mode === 'compare' && <CompareView />}
          {mode === 'sweep' && <SweepView />}
          {mode === 'realdata' && <RealDataView />}
          {mode === 'quiz' && <QuizView />}
        </div>
      </main>
    </div>
  );
}
