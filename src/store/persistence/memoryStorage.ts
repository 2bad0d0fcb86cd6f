/** An in-memory Storage for tests, with switches for the failures browsers produce. */
export function memoryStorage(options: { full?: boolean; disabled?: boolean } = {}): Storage & {
  items: Map<string, string>;
  full: boolean;
  disabled: boolean;
} {
  const items = new Map<string, string>();
  const fail = (name: string) => Object.assign(new Error(name), { name });
  const storage = {
    items,
    full: options.full ?? false,
    disabled: options.disabled ?? false,
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem(key: string) {
      if (storage.disabled) throw fail('SecurityError');
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (storage.disabled) throw fail('SecurityError');
      if (storage.full) throw fail('QuotaExceededError');
      items.set(key, String(value));
    },
    removeItem(key: string) {
      if (storage.disabled) throw fail('SecurityError');
      items.delete(key);
    },
    clear() {
      items.clear();
    },
  };
  return storage;
}
