import { createStore, useStore } from 'zustand';

/** Which app-level panels are open: the settings dialog (side bar, app menu) and the shortcut sheet (app menu). */
interface SettingsUiState {
  settingsOpen: boolean;
  shortcutsOpen: boolean;
}

const store = createStore<SettingsUiState>()(() => ({ settingsOpen: false, shortcutsOpen: false }));

export const settingsUi = {
  openSettings: () => store.setState({ settingsOpen: true, shortcutsOpen: false }),
  closeSettings: () => store.setState({ settingsOpen: false }),
  openShortcuts: () => store.setState({ shortcutsOpen: true, settingsOpen: false }),
  closeShortcuts: () => store.setState({ shortcutsOpen: false }),
};

export function useSettingsUi<T>(selector: (state: SettingsUiState) => T): T {
  return useStore(store, selector);
}
