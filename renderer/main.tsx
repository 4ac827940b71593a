import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { getBridgeConnection } from './bridge';
import { App } from './features/app/App';
import { isColumnOnScreen } from './features/deck/columnRegistry';
import { installBenchProbe } from './benchProbe';
import { installImageIcons } from './features/notes/imageIcons';
import { connectStore, createAppStore, StoreContext } from './store';
import { connectSettings, createSettingsStore, SettingsContext } from './features/settings/settingsStore';
import { i18n } from './i18n';
import { LocaleProvider } from './i18n/LocaleProvider';
import './styles/app.css';
import './theme/theme.css';

// The start's steps, for `npm run bench -- coldstart` (also `missdeck:connected`, `:startViews`, `:deck`).
performance.mark('missdeck:main');
const connection = getBridgeConnection();
const store = createAppStore(connection.api);
// Live notes are applied in animation frames, within a time budget per frame; flushSync renders each
// column's update at once so the budget counts React's work too. 3 ms means about one column a frame:
// with 6 ms two columns often shared a frame, and that frame missed its vsync (`npm run bench -- flood`).
connectStore(store, connection, {
  // A column scrolled out of view sideways (it renders no rows then) is brought up to date twice a second.
  frameScheduler: { flush: flushSync, budgetMs: 3, minIntervalMs: 80, intervalFor: (columnId) => (isColumnOnScreen(columnId) ? undefined : 500) },
});
installBenchProbe(store);
installImageIcons();
const settings = createSettingsStore(connection.api);
connectSettings(settings, connection);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <LocaleProvider>
        <StoreContext value={store}>
          <SettingsContext value={settings}>
            <App />
          </SettingsContext>
        </StoreContext>
      </LocaleProvider>
    </I18nextProvider>
  </StrictMode>,
);
