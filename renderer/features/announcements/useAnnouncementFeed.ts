import { useEffect, useRef } from 'react';
import { getBridge } from '../../bridge';
import { useAppState } from '../../store';
import { announcementsUi } from './announcementsStore';

/** Keeps the announcements of every usable account: their unread ones at start, then what the core streams. */
export function useAnnouncementFeed(): void {
  const accounts = useAppState((s) => s.accounts);
  const asked = useRef(new Set<string>());
  useEffect(() => getBridge().on('timeline.batch', ({ items }) => announcementsUi.apply(items)), []);
  useEffect(() => {
    for (const account of accounts) {
      if (account.needsReauth || asked.current.has(account.id)) continue;
      asked.current.add(account.id);
      void getBridge()
        .commands['announcements.list']({ accountId: account.id, active: true })
        .then((result) => {
          if (result.ok) announcementsUi.setUnread(account.id, result.value);
          else asked.current.delete(account.id);
        });
    }
    for (const id of [...asked.current]) {
      if (!accounts.some((account) => account.id === id)) {
        asked.current.delete(id);
        announcementsUi.forget(id);
      }
    }
  }, [accounts]);
}
