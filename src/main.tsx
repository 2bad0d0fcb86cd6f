// First: zod must know it may not use eval before any schema runs (see zodWithoutEval.ts).
import './share/zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserWorker } from './sweep/browserWorker';
import { createExplorerStore } from './store/explorerStore';
import { browserOtherTabWrites, browserStorage, browserTabStorage, createPersistence } from './store/persistence';
import { startPlayer } from './store/player';
import type { PageClock } from './store/clock';
import type { ExtraParams } from './store/persistence';
import { compareLinkParam } from './compare';
import { Root } from './views/Root';
import './views/styles/tokens.css';
import './views/styles/shared.css';
import './views/styles/app.css';
import './views/styles/bidi.css';

// The page's frames and timers: this composition root is the only code that calls the real ones.
const clock: PageClock = {
  frame: (callback) => {
    const handle = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(handle);
  },
  after: (ms, callback) => {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
  },
};
// The page's workers, frames and clock, handed to the store (which touches no browser globals itself).
const store = createExplorerStore({
  createSweepWorker: browserWorker,
  cores: navigator.hardwareConcurrency,
  nextFrame: (callback) => requestAnimationFrame(callback),
  now: () => performance.now(),
});
// The comparison is kept in the address (and in copied links) while the compare view is open.
const compareParams: ExtraParams = {
  read: (s) => (s.mode === 'compare' ? { compare: compareLinkParam(s.compare.spec) } : {}),
  subscribe: () => () => {},
};
const persistence = createPersistence(
  store,
  browserStorage(),
  window,
  compareParams,
  browserTabStorage(),
  browserOtherTabWrites(),
);
// The link in the address, else the autosave, else the default preset; view options from the query.
const boot = persistence.boot();
// A link that cannot be opened leaves the address and the autosave alone until the person chooses.
if (boot.kind === 'app') persistence.start();
startPlayer(store, clock);
// Save now rather than lose the last change when the tab is closed or sent to the background.
window.addEventListener('pagehide', () => persistence.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') persistence.flush();
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root store={store} persistence={persistence} boot={boot} clock={clock} />
  </StrictMode>,
);
