import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getBridgeConnection } from './bridge';
import { App } from './features/app/App';
import { installBenchProbe } from './benchProbe';
import { connectStore, createAppStore, StoreContext } from './store';
import './styles/app.css';

const connection = getBridgeConnection();
const store = createAppStore(connection.api);
connectStore(store, connection);
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
