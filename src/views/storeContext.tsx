import { createContext, useContext, type ReactNode } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ExplorerState } from '../store/types';

const StoreContext = createContext<StoreApi<ExplorerState> | null>(null);

export function StoreProvider({ store, children }: { store: StoreApi<ExplorerState>; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useExplorerStore(): StoreApi<ExplorerState> {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useExplorerStore outside StoreProvider');
  return store;
}

/** Subscribe a component to one slice of the explorer state (pass a module-scope selector). */
export function useExplorer<T>(selector: (s: ExplorerState) => T): T {
  return useStore(useExplorerStore(), selector);
}
