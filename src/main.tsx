import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createExplorerStore } from './store/explorerStore';
import { startPlayer } from './store/player';
import { App } from './views/App';
import { StoreProvider } from './views/storeContext';
import './views/styles/app.css';

const store = createExplorerStore();
startPlayer(store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
