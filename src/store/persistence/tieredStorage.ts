import type { BigStore } from './bigStore';
import { describeFailure, STORAGE_FULL, type SafeStorage, type StorageRead } from './storage';

/**
 * localStorage for small values, IndexedDB for large ones, behind the same SafeStorage the rest of
 * persistence uses.
 *
 * localStorage holds about 5 MB per site and a 100,000-op scenario is several; so a value over
 * SMALL_VALUE_LIMIT characters (or one localStorage refuses as full) goes to the big store, and
 * localStorage keeps a small pointer naming that write. The big store is written first and the
 * pointer after it has committed, so a pointer never names a write that is not there. Reads are
 * synchronous: `load` brings the big values in before boot reads them, and this tab's own writes
 * are answered from memory. A big write that fails later is reported through `onLateFailure`.
 */
export const SMALL_VALUE_LIMIT = 256 * 1024;

const POINTER_FORMAT = 'percpu-big-value';

interface Pointer {
  format: typeof POINTER_FORMAT;
  id: string;
}

function pointerId(text: string): string | null {
  if (!text.startsWith(`{"format":"${POINTER_FORMAT}"`)) return null;
  try {
    const value = JSON.parse(text) as Partial<Pointer>;
    return typeof value.id === 'string' ? value.id : null;
  } catch {
    return null;
  }
}

export interface TieredStorage extends SafeStorage {
  /** Reads the big values that localStorage points to for `keys` (once, before boot reads them). */
  load(keys: readonly string[]): Promise<void>;
  /** Reads `key` again: another tab wrote it. */
  refresh(key: string): Promise<void>;
  /** Resolves when every write so far has reached storage (or failed). */
  settled(): Promise<void>;
  onLateFailure(listener: (key: string, problem: string) => void): void;
}

export function tieredStorage(small: SafeStorage, big: BigStore | null, limit = SMALL_VALUE_LIMIT): TieredStorage {
  /** The big values this tab knows, by key, with the write id they came from. */
  const known = new Map<string, { id: string; value: string }>();
  /** Keys with a big write of this tab on its way: their value is the one in `known`. */
  const writing = new Map<string, Promise<void>>();
  /** Each write's number per key: only the newest write may set the pointer. */
  const latest = new Map<string, number>();
  let sequence = 0;
  const failureListeners: ((key: string, problem: string) => void)[] = [];
  const lateFailure = (key: string, problem: string) => failureListeners.forEach((l) => l(key, problem));

  const fetch = async (key: string): Promise<void> => {
    if (!big) return;
    const read = small.read(key);
    const id = read.ok && read.value !== null ? pointerId(read.value) : null;
    if (id === null) return;
    try {
      const record = await big.get(key);
      // The big store is written first, so a record with another id is a newer write than the pointer.
      if (record && !writing.has(key)) known.set(key, record);
    } catch {
      // Not readable now: read() says so, and the value stays where it is.
    }
  };

  const writeBig = (big: BigStore, key: string, value: string): void => {
    const n = ++sequence;
    latest.set(key, n);
    const id = `${n.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    known.set(key, { id, value });
    const done = big
      .put(key, { id, value })
      .then(() => {
        if (latest.get(key) !== n) return;
        const problem = small.write(key, JSON.stringify({ format: POINTER_FORMAT, id } satisfies Pointer));
        if (problem !== null) lateFailure(key, problem);
      })
      .catch((e: unknown) => {
        if (latest.get(key) === n) lateFailure(key, describeFailure(e));
      })
      .finally(() => {
        if (latest.get(key) === n) writing.delete(key);
      });
    writing.set(key, done);
  };

  return {
    read(key): StorageRead {
      const mine = writing.has(key) ? known.get(key) : undefined;
      if (mine) return { ok: true, value: mine.value };
      const read = small.read(key);
      if (!read.ok || read.value === null) return read;
      const id = pointerId(read.value);
      if (id === null) return read;
      const record = known.get(key);
      if (record) return { ok: true, value: record.value };
      return { ok: false, problem: 'it is kept in the browser’s database, which could not be read' };
    },
    write(key, value) {
      if (big && value.length > limit) {
        writeBig(big, key, value);
        return null;
      }
      const problem = small.write(key, value);
      if (problem === null) {
        // A small value replaces any big one; a big write still on its way must not point over it.
        latest.set(key, ++sequence);
        writing.delete(key);
        if (known.delete(key) && big) void big.delete(key).catch(() => undefined);
        return null;
      }
      if (!big || problem !== STORAGE_FULL) return problem;
      writeBig(big, key, value);
      return null;
    },
    remove(key) {
      small.remove(key);
      latest.set(key, ++sequence);
      writing.delete(key);
      if (known.delete(key) && big) void big.delete(key).catch(() => undefined);
    },
    load: async (keys) => {
      await Promise.all(keys.map(fetch));
    },
    refresh: (key) => (writing.has(key) ? Promise.resolve() : fetch(key)),
    settled: async () => {
      await Promise.all([...writing.values()]);
    },
    onLateFailure: (listener) => void failureListeners.push(listener),
  };
}
