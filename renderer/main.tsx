import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { getBridgeConnection } from './bridge';
import { App } from './features/app/App';
import { installBenchProbe } from './benchProbe';
import { connectStore, createAppStore, StoreContext } from './store';
import './styles/app.css';

const connection = getBridgeConnection();
const store = createAppStore(connection.api);
// Live notes are applied in animation frames, a few columns per frame within a time budget; flushSync
// renders each column's update at once so the budget counts React's work too.
connectStore(store, connection, { frameScheduler: { flush: flushSync } });
installBenchProbe(store);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <StoreContext value={store}>
      <App />
    </StoreContext>
  </StrictMode>,
);
