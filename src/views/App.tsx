import { lazy, Suspense, useEffect } from 'react';
import { selectEmbed, selectMode, selectPresentation, selectShowControls } from '../store/selectors';
import { ExploreLayout } from './ExploreLayout';
import { STAGE_ID } from './keyboard/focusStage';
import { GlossaryTip } from './glossary/GlossaryTip';
import { HeaderBar } from './header/HeaderBar';
import { LectureMode } from './lecture/LectureMode';
import { Stepper } from './stepper/Stepper';
import { useExplorer } from './storeContext';

// Modes other than Explore load on first use, keeping the first page load small.
const CompareView = lazy(() => import('./compare/CompareView').then((m) => ({ default: m.CompareView })));
const SweepView = lazy(() => import('./sweep/SweepView').then((m) => ({ default: m.SweepView })));
const RealDataView = lazy(() => import('./realdata/RealDataView').then((m) => ({ default: m.RealDataView })));
const QuizView = lazy(() => import('./quiz/QuizView').then((m) => ({ default: m.QuizView })));

/** Layout only: header, stepper, then the current mode's view; each view owned by its own module. */
export function App() {
  const mode = useExplorer(selectMode);
  const presentation = useExplorer(selectPresentation);
  const embed = useExplorer(selectEmbed);
  const showControls = useExplorer(selectShowControls);
  // A new mode starts at the top of the page (not a few pixels down, cutting the header).
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [mode]);
  const lecturing = useExplorer((s) => s.lectureStop !== null) && mode === 'explore';
  const editing = !embed && !presentation;
  return (
    <div className={`app${presentation ? ' presentation' : ''}${embed ? ' embed' : ''}${lecturing ? ' lecture' : ''}`}>
      {!embed && <HeaderBar />}
      {/* The quiz steps by itself: the stepper's failure marks would give answers away. */}
      {showControls && (mode === 'explore' || mode === 'compare') && <Stepper />}
      <main className="app-main" id={STAGE_ID} tabIndex={-1}>
        <div
          id="mode-panel"
          role={embed ? undefined : 'tabpanel'}
          aria-labelledby={embed ? undefined : `mode-tab-${mode}`}
        >
          {mode === 'explore' && <ExploreLayout editing={editing} />}
          <Suspense fallback={<p className="placeholder">Loading…</p>}>
            {mode === 'compare' && <CompareView />}
            {mode === 'sweep' && <SweepView />}
            {mode === 'realdata' && <RealDataView />}
            {mode === 'quiz' && <QuizView />}
          </Suspense>
        </div>
        {mode === 'explore' && <LectureMode />}
      </main>
      <GlossaryTip />
    </div>
  );
}
