import { t } from '../../i18n';
import { useCallback, useMemo } from 'react';
import { everyAccount } from '../../../shared/model/column';
import type { NotificationItem } from '../../../shared/model/notification';
import { useAppState } from '../../store';
import type { WatchEntry } from '../../store/noteWatch';
import { notificationKey } from '../../store/notificationOrder';
import { idleLoad } from '../../store/timelineSlice';
import { FeedFooter } from '../deck/FeedFooter';
import { VirtualFeed } from '../deck/VirtualFeed';
import { MfmServerEmojisContext } from '../mfm';
import { useServerEmojis } from '../notes/state/serverData';
import { NotificationRow } from './NotificationRow';

const noItems: NotificationItem[] = [];

/** A notification column's notifications, virtualised, newest first; in an all-accounts column each says whose it is. */
export function NotificationList({ columnId, accountId, onScreen = true }: { columnId: string; accountId: string; onScreen?: boolean }) {
  const items = useAppState((s) => s.columnNotifications[columnId] ?? noItems);
  const load = useAppState((s) => s.columnLoads[columnId] ?? idleLoad);
  const accounts = useAppState((s) => s.accounts);
  const allAccounts = accountId === everyAccount;
  // Reactions with our server's own emoji (`:blobcat:`) are drawn from its list; an all-accounts column has no one server.
  const serverEmojis = useServerEmojis(allAccounts ? null : accountId);
  const byKey = useMemo(() => new Map(items.map((item) => [notificationKey(item), item])), [items]);
  const rowKeys = useMemo(() => items.map(notificationKey), [items]);

  const renderRow = useCallback(
    (key: string) => {
      const item = byKey.get(key);
      if (!item) return null;
      const forAccount = allAccounts ? (accounts.find((a) => a.id === item.accountId) ?? null) : undefined;
      return <NotificationRow item={item} forAccount={forAccount} />;
    },
    [byKey, allAccounts, accounts],
  );
  const watchEntries = useCallback(
    (keys: readonly string[]): WatchEntry[] =>
      keys.flatMap((key) => {
        const item = byKey.get(key);
        const note = (item?.notification as { note?: { id?: unknown } } | undefined)?.note;
        return item && typeof note?.id === 'string' ? [{ accountId: item.accountId, noteId: note.id }] : [];
      }),
    [byKey],
  );

  return (
    <MfmServerEmojisContext value={serverEmojis.urls}>
      <VirtualFeed
        columnId={columnId}
        rowKeys={rowKeys}
        onScreen={onScreen}
        renderRow={renderRow}
        watchEntries={watchEntries}
        estimateSize={72}
        newLabel={(n) => t('feed.newNotifications', { count: n })}
        footer={items.length > 0 ? <FeedFooter load={load} what="notifications" /> : null}
      />
    </MfmServerEmojisContext>
  );
}
