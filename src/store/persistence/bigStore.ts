/**
 * Where values too big for localStorage go: IndexedDB in the browser (memoryBigStore in tests).
 * Asynchronous, unlike localStorage; tieredStorage.ts hides that from the rest of persistence.
 */
export interface BigRecord {
  /** Names this write; the small storage's pointer says which write it expects (tieredStorage.ts). */
  id: string;
  value: string;
}

export interface BigStore {
  get(key: string): Promise<BigRecord | null>;
  put(key: string, record: BigRecord): Promise<void>;
  delete(key: string): Promise<void>;
}

const DB_NAME = 'percpu-explorer';
const DB_VERSION = 1;
const STORE = 'values';

const isRecord = (v: unknown): v is BigRecord =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as BigRecord).id === 'string' &&
  typeof (v as BigRecord).value === 'string';

/** IndexedDB through promises; the database opens on first use (a refusal rejects each call). */
export function indexedDbBigStore(factory: IDBFactory): BigStore {
  let opened: Promise<IDBDatabase> | null = null;
  const open = () =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => {
        opened = null;
        reject(request.error ?? new Error('IndexedDB did not open'));
      };
      request.onblocked = () => reject(Object.assign(new Error('blocked'), { name: 'BlockedError' }));
    }));
  const run = <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> =>
    open().then(
      (db) =>
        new Promise<T>((resolve, reject) => {
          const tx = db.transaction(STORE, mode);
          const request = act(tx.objectStore(STORE));
          // Resolved when the transaction is committed, not when the request succeeds.
          tx.oncomplete = () => resolve(request.result);
          tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB refused'));
          tx.onabort = () => reject(tx.error ?? new Error('IndexedDB aborted'));
        }),
    );
  return {
    get: (key) => run('readonly', (s) => s.get(key)).then((v: unknown) => (isRecord(v) ? v : null)),
    put: (key, record) =>
      run('readwrite', (s) => s.put({ id: record.id, value: record.value }, key)).then(() => undefined),
    delete: (key) => run('readwrite', (s) => s.delete(key)).then(() => undefined),
  };
}

/** The page's IndexedDB, or null where there is none (some private windows, old browsers). */
export function browserBigStore(): BigStore | null {
  try {
    return typeof indexedDB === 'undefined' ? null : indexedDbBigStore(indexedDB);
  } catch {
    return null;
  }
}
