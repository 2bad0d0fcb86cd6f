import type { BigRecord, BigStore } from './bigStore';

/**
 * A BigStore in memory for tests. Writes wait until `settle()` (so a test can look between a
 * write and its commit); `failWith` makes puts fail as a full disk does.
 */
export function memoryBigStore() {
  const records = new Map<string, BigRecord>();
  let queue: (() => void)[] = [];
  const later = <T>(act: () => T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        try {
          resolve(act());
        } catch (e) {
          reject(e);
        }
      });
    });
  const store = {
    records,
    /** The name of the error puts fail with (e.g. 'QuotaExceededError'), or null. */
    failWith: null as string | null,
    get: (key: string) => Promise.resolve(records.get(key) ?? null),
    put: (key: string, record: BigRecord) =>
      later(() => {
        if (store.failWith) throw Object.assign(new Error(store.failWith), { name: store.failWith });
        records.set(key, { ...record });
      }),
    delete: (key: string) => later(() => void records.delete(key)),
    /** Commits every waiting write, then lets their callbacks run. */
    settle: async () => {
      while (queue.length > 0) {
        const due = queue;
        queue = [];
        due.forEach((run) => run());
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    },
  } satisfies BigStore & Record<string, unknown>;
  return store;
}
