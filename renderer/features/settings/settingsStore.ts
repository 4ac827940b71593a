import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { MissDeckApi } from '../../../shared/contract/bridge';
import { defaultSettings, type Settings } from '../../../shared/model/settings';
import { coreText } from '../../i18n/coreText';
import type { BridgeConnection } from '../../bridge';

export type SettingsPatch = Partial<Settings>;

export interface SettingsState {
  settings: Settings;
  /** Whether the core's settings arrived (until then: the defaults). */
  loaded: boolean;
  /** Why the last update failed, if it did. */
  error: string | null;
  /** Change some settings in the core; the screen follows at once, and the core's answer (or `settings.changed`) settles it. */
  update(patch: SettingsPatch): Promise<boolean>;
  /** Settings from the core (`settings.get`, `settings.changed`). */
  apply(settings: Settings): void;
}

export type SettingsStore = StoreApi<SettingsState>;

/** The user's settings, as the core keeps them. Without an api (component tests) updates stay local. */
export function createSettingsStore(api?: MissDeckApi, initial: Settings = defaultSettings): SettingsStore {
  return createStore<SettingsState>()((set, get) => ({
    settings: initial,
    loaded: false,
    error: null,
    apply: (settings) => set({ settings, loaded: true }),
    async update(patch) {
      const before = get().settings;
      set({ settings: { ...before, ...patch }, error: null });
      if (!api) return true;
      const result = await api.commands['settings.update']({ patch });
      if (result.ok) {
        set({ settings: result.value, loaded: true });
        return true;
      }
      set({ settings: before, error: coreText(result.error) });
      return false;
    },
  }));
}

/** Load settings whenever the link to the core (re)opens, and follow `settings.changed`. Returns a function that disconnects. */
export function connectSettings(store: SettingsStore, connection: BridgeConnection): () => void {
  const { api } = connection;
  const load = async () => {
    const result = await api.commands['settings.get']({});
    if (result.ok) store.getState().apply(result.value);
  };
  let wasConnected = connection.status().state === 'connected';
  const offs = [
    api.on('settings.changed', (settings) => store.getState().apply(settings)),
    connection.onStatus((status) => {
      if (status.state === 'connected' && !wasConnected) void load();
      wasConnected = status.state === 'connected';
    }),
  ];
  if (wasConnected) void load();
  return () => offs.forEach((off) => off());
}

const fallbackStore = createSettingsStore();
export const SettingsContext = createContext<SettingsStore>(fallbackStore);

export const useSettingsStore = (): SettingsStore => useContext(SettingsContext);

export function useSettings<T>(selector: (state: SettingsState) => T): T {
  return useStore(useSettingsStore(), selector);
}

/** One setting's value. */
export function useSetting<K extends keyof Settings>(key: K): Settings[K] {
  return useSettings((s) => s.settings[key]);
}
