import type { SafeStorage } from './storage';
import type { AddressBar } from './urlSync';

/**
 * A reload within the address bar's short delay after an edit reloads the old hash: the page
 * writes the new one on the way out (pagehide), but the reload was already going to the old
 * address. So each rewrite of the address is noted in this tab's storage as { from, to }; when the
 * page comes back on exactly the `from` hash, it is this tab's own stale address and `to` is what
 * the person last saw. A link pasted or opened from elsewhere is a different hash and opens as it is.
 */
export const TAB_ADDRESS_KEY = 'percpu-explorer/tab-address';

interface AddressWrite {
  from: string;
  to: string;
}

const hashOf = (url: string, origin: string): string => {
  try {
    return new URL(url, origin).hash;
  } catch {
    return '';
  }
};

/** The address bar, with each hash rewrite noted in the tab's storage. */
export function notingAddressWrites(bar: AddressBar, tab: SafeStorage): AddressBar {
  return {
    location: bar.location,
    addEventListener: (type, listener) => bar.addEventListener(type, listener),
    removeEventListener: (type, listener) => bar.removeEventListener(type, listener),
    history: {
      get state() {
        return bar.history.state;
      },
      replaceState: (data, unused, url) => {
        const from = bar.location.hash;
        bar.history.replaceState(data, unused, url);
        const to = hashOf(url, bar.location.origin);
        if (to !== from) tab.write(TAB_ADDRESS_KEY, JSON.stringify({ from, to } satisfies AddressWrite));
      },
    },
  };
}

/** The hash to open: `hash` itself, or this tab's newer one when `hash` is its own stale address. */
export function freshHash(hash: string, tab: SafeStorage): string {
  const read = tab.read(TAB_ADDRESS_KEY);
  if (!read.ok || read.value === null) return hash;
  try {
    const last = JSON.parse(read.value) as Partial<AddressWrite>;
    if (typeof last.from === 'string' && typeof last.to === 'string' && last.from === hash && last.from !== '') {
      return last.to;
    }
  } catch {
    // Not ours to read: the address stands.
  }
  return hash;
}
