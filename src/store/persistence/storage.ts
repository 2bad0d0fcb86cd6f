/**
 * localStorage that never throws. Browsers throw on access when storage is disabled (SecurityError),
 * on writes past the quota (QuotaExceededError), and private windows may refuse everything; each
 * failure comes back as a sentence for the notice instead.
 */
export type StorageRead = { ok: true; value: string | null } | { ok: false; problem: string };

export interface SafeStorage {
  read(key: string): StorageRead;
  /** null when written, else why not. */
  write(key: string, value: string): string | null;
  remove(key: string): void;
}

/** The sentence for a write refused because the page's storage is full. */
export const STORAGE_FULL = 'the browser’s storage for this page is full';

export function describeFailure(e: unknown): string {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return STORAGE_FULL;
  if (name === 'SecurityError') return 'this browser does not allow this page to store anything';
  return 'the browser refused to store it';
}

/** Wraps a Storage found lazily (reading `window.localStorage` itself can throw). */
export function safeStorage(find: () => Storage | null | undefined): SafeStorage {
  const get = (): Storage => {
    const storage = find();
    if (!storage) throw Object.assign(new Error('no storage'), { name: 'SecurityError' });
    return storage;
  };
  return {
    read(key) {
      try {
        return { ok: true, value: get().getItem(key) };
      } catch (e) {
        return { ok: false, problem: describeFailure(e) };
      }
    },
    write(key, value) {
      try {
        get().setItem(key, value);
        return null;
      } catch (e) {
        return describeFailure(e);
      }
    },
    remove(key) {
      try {
        get().removeItem(key);
      } catch {
        // Nothing to do: a key that cannot be removed could not have been written either.
      }
    },
  };
}

export function browserStorage(): SafeStorage {
  return safeStorage(() => (typeof window === 'undefined' ? null : window.localStorage));
}

/** This tab's own storage (sessionStorage): it survives a reload of the tab and nothing else. */
export function browserTabStorage(): SafeStorage {
  return safeStorage(() => (typeof window === 'undefined' ? null : window.sessionStorage));
}
