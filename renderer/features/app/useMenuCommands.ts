import { useEffect } from 'react';
import { getBridge } from '../../bridge';
import { settingsUi } from '../settings/settingsUi';

/** What the app menu (Electron main) asks for: settings, the shortcut sheet, a new note. */
export function useMenuCommands(): void {
  useEffect(
    () =>
      getBridge().on('app.menuCommand', ({ command }) => {
        if (command === 'openSettings') settingsUi.openSettings();
        else if (command === 'showShortcuts') settingsUi.openShortcuts();
        else if (command === 'newNote') document.querySelector<HTMLTextAreaElement>('form.compose[data-compose-mode="new"] textarea')?.focus();
      }),
    [],
  );
}
