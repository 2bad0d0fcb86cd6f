import { lazy, Suspense, useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { BootResult, LinkFailure, Persistence } from '../store/persistence';
import { selectEmbed, selectTheme } from '../store/selectors';
import type { ExplorerState } from '../store/types';
import { App } from './App';
import { DropZone } from './share/DropZone';
import { Notices } from './share/Notices';
import { ShareLinkContext } from './share/shareLinkContext';
import { StoreProvider, useExplorer } from './storeContext';
import { PageClockContext } from './pageClock';
import type { PageClock } from '../store/clock';
import { AppErrorBoundary } from './linkError/AppErrorBoundary';
import { CrashView } from './linkError/CrashView';
import type { RecoveryChoice } from './linkError/RecoveryActions';

// Only a broken link needs this page: it loads on demand (the crash page stays built in).
const LinkErrorView = lazy(() => import('./linkError/LinkErrorView').then((m) => ({ default: m.LinkErrorView })));

/**
 * The page: the app, or the link error page when the address held a link that cannot be opened;
 * either way inside an error boundary, so the page is never blank.
 */
export function Root({
  store,
  persistence,
  boot,
  clock,
}: {
  store: StoreApi<ExplorerState>;
  persistence: Persistence;
  boot: BootResult;
  /** The page's frames and timers, for views that animate or dismiss something later. */
  clock: PageClock;
}) {
  const [linkError, setLinkError] = useState<LinkFailure | null>(boot.kind === 'link-error' ? boot.error : null);
  const recover = (choice: RecoveryChoice) => {
    if (choice !== 'autosave' || !persistence.openAutosave()) persistence.openDefault();
    setLinkError(null);
  };
  return (
    <StoreProvider store={store}>
      <PageClockContext value={clock}>
        <ShareLinkContext value={persistence.shareUrl}>
          <ThemeOnPage />
          <AppErrorBoundary
            fallback={(error, reset) => (
              <CrashView
                error={error}
                autosave={persistence.lastAutosave()}
                onRecover={(choice) => {
                  recover(choice);
                  reset();
                }}
              />
            )}
          >
            {linkError ? (
              <Suspense fallback={<p role="status">The link could not be opened. Loading the details…</p>}>
                <LinkErrorView
                  error={linkError}
                  linkLength={persistence.addressLength()}
                  autosave={persistence.lastAutosave()}
                  onRecover={recover}
                />
              </Suspense>
            ) : (
              <Page />
            )}
          </AppErrorBoundary>
        </ShareLinkContext>
      </PageClockContext>
    </StoreProvider>
  );
}

function Page() {
  const embed = useExplorer(selectEmbed);
  return (
    <>
      <Notices />
      {!embed && <DropZone />}
      <App />
    </>
  );
}

/** The page's theme, for the app and the error pages alike. */
function ThemeOnPage() {
  const theme = useExplorer(selectTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return null;
}
