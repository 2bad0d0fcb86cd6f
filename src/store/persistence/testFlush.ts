/** What the end-to-end tests call instead of waiting a fixed time for autosave and the address bar. */
export interface FlushHook {
  __percpuFlush?: () => Promise<void>;
}

/**
 * Installs `window.__percpuFlush()` when a test browser drives the page (navigator.webdriver):
 * it writes the pending address and autosave now and resolves once storage has them.
 */
export function installTestFlush(
  target: FlushHook & { navigator: { webdriver?: boolean } },
  persistence: { flush: () => void; settled: () => Promise<void> },
): void {
  if (!target.navigator.webdriver) return;
  target.__percpuFlush = async () => {
    persistence.flush();
    await persistence.settled();
  };
}
