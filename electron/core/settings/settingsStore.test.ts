import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/model/settings';
import { memoryStore, quietLogger } from '../../../e2e/support/core/coreHarness';
import { SettingsStore } from './settingsStore';

const open = (saved?: unknown) => {
  const store = memoryStore(saved === undefined ? {} : { settings: saved, accounts: { version: 2, accounts: [] } });
  const settings = new SettingsStore(store, quietLogger());
  return { store, settings, loaded: settings.load() };
};

describe('SettingsStore', () => {
  it('starts from the defaults', () => {
    expect(open().loaded).toEqual({ settings: defaultSettings });
  });

  it('saves a change with its version and reads it back', () => {
    const { store, settings } = open();
    settings.update({ theme: 'dark', fontSize: 16 });
    const again = new SettingsStore(store, quietLogger()).load();
    expect(again.settings).toMatchObject({ theme: 'dark', fontSize: 16, language: 'system' });
    expect(store.data.settings).toMatchObject({ version: 2 });
  });

  it.each([['a string', 'broken'], ['no version', { settings: {} }], ['settings not an object', { version: 1, settings: [1] }]])(
    'falls back to the defaults with a message for %s, keeping the accounts',
    (_label, saved) => {
      const { store, loaded } = open(saved);
      expect(loaded.settings).toEqual(defaultSettings);
      expect(loaded.problem).toMatchObject({ messageKey: 'settingsReset', message: expect.stringMatching(/reset to the defaults.*accounts and columns are kept/) });
      expect(store.data.accounts).toEqual({ version: 2, accounts: [] });
    },
  );

  it('keeps the good fields when only some are bad', () => {
    const { loaded } = open({ version: 2, settings: { theme: 'dark', fontSize: 999, language: 'klingon', media: 'hide' } });
    expect(loaded.problem).toBeUndefined();
    expect(loaded.settings).toMatchObject({ theme: 'dark', fontSize: defaultSettings.fontSize, language: 'system', media: 'hide' });
  });

  it('migrates a version 1 document: column tint takes its new default (on), everything else is kept', () => {
    const v1 = { theme: 'dark', language: 'ja', fontSize: 16, tintColumns: false, desktopNotifications: { a: true }, futureThing: 1 };
    const { store, settings, loaded } = open({ version: 1, settings: v1 });
    expect(loaded.problem).toBeUndefined();
    expect(loaded.settings).toMatchObject({ theme: 'dark', language: 'ja', fontSize: 16, tintColumns: true, desktopNotifications: { a: true } });
    settings.update({ density: 'compact' });
    expect(store.data.settings).toMatchObject({ version: 2, settings: { tintColumns: true, futureThing: 1, density: 'compact', language: 'ja' } });
    // Turned off from now on, it stays off.
    settings.update({ tintColumns: false });
    expect(new SettingsStore(store, quietLogger()).load().settings.tintColumns).toBe(false);
  });

  it('tints columns by default', () => {
    expect(open().loaded.settings.tintColumns).toBe(true);
  });

  it('reads a newer document as far as it can and writes its unknown fields back untouched', () => {
    const { store, settings, loaded } = open({ version: 3, settings: { theme: 'light', futureThing: { a: 1 } } });
    expect(loaded.settings.theme).toBe('light');
    expect(loaded.problem).toMatchObject({ messageKey: 'settingsNewer', message: expect.stringMatching(/newer MissDeck/) });
    settings.update({ density: 'compact' });
    expect(store.data.settings).toMatchObject({ settings: { futureThing: { a: 1 }, density: 'compact', theme: 'light' } });
  });
});
