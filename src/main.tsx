// First: zod must know it may not use eval before any schema runs (see zodWithoutEval.ts).
import './share/zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserWorker } from './sweep/browserWorker';
import { createExplorerStore } from './store/explorerStore';
import {
  browserBigStore,
  browserOtherTabWrites,
  browserStorage,
  browserTabStorage,
  createPersistence,
  installTestFlush,
} from './store/persistence';
import { startPlayer } from './store/player';
import type { PageClock } from './store/clock';
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
  clock,
  now: () => performance.now(),
});
const persistence = createPersistence(store, browserStorage(), window, {
  tab: browserTabStorage(),
  otherTabs: browserOtherTabWrites(),
  big: browserBigStore(),
});
// The link in the address, else the autosave (big ones come from IndexedDB), else the default preset; view options from the query.
const boot = await persistence.boot();
// A link that cannot be opened leaves the address and the autosave alone until the person chooses.
if (boot.kind === 'app') persistence.start();
startPlayer(store, clock);
installTestFlush(window, persistence);
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
