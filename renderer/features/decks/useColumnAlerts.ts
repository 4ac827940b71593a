import { useEffect } from 'react';
import { t } from '../../i18n';
import { useAppStoreApi } from '../../store';
import { browserNotifications } from '../notifications/desktopNotifications';
import { useSettingsStore } from '../settings/settingsStore';
import { columnSourceName, columnTitles } from '../deck/columnKinds';
import { playChime } from './alertSound';
import { newArrivals } from './columnAlerts';

/** Columns that asked for it tell of new items: a desktop notification (window not focused), a chime. */
export function useColumnAlerts(): void {
  const store = useAppStoreApi();
  const settings = useSettingsStore();
  useEffect(
    () =>
      store.subscribe((next, previous) => {
        if (next.columnNoteIds === previous.columnNoteIds && next.columnNotifications === previous.columnNotifications) return;
        const arrivals = newArrivals(previous, next);
        if (arrivals.length === 0) return;
        if (arrivals.some((a) => a.column.sound)) playChime(settings.getState().settings.alertVolume);
        const Notifier = browserNotifications();
        if (!Notifier || Notifier.permission !== 'granted' || document.hasFocus()) return;
        for (const { column, count } of arrivals) {
          if (!column.notify) continue;
          const source = columnSourceName(column.kind, column.params);
          const name = `${columnTitles[column.kind]}${source ? ` ${source}` : ''}`;
          new Notifier(t('decks.column.newItems', { count, name }), { tag: `column/${column.id}` });
        }
      }),
    [store, settings],
  );
}
