import type { AccountView } from '../../../shared/model/account';
import type { NotificationItem } from '../../../shared/model/notification';
import { accountAcct } from '../../lib/acct';
import { describeNotification, noteExcerpt } from './notificationView';

/** Where per-account desktop notification choices were kept before settings existed; moved into settings once. */
const legacyStorageKey = 'missdeck.desktopNotifications.v1';

export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const defaultStorage = (): KeyValue | null => (typeof localStorage === 'undefined' ? null : localStorage);

/** The choices saved by the old localStorage switch, if any (then forgets them). */
export function takeLegacyDesktopPrefs(storage: KeyValue | null = defaultStorage()): Record<string, boolean> | null {
  const raw = storage?.getItem(legacyStorageKey) ?? null;
  if (raw === null) return null;
  storage?.removeItem(legacyStorageKey);
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object') return null;
    const value = Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'boolean')) as Record<string, boolean>;
    return Object.keys(value).length > 0 ? value : null;
  } catch {
    return null;
  }
}

/** What a desktop notification says: title, body, and a tag so one notification shows once. */
export function desktopNotificationContent(item: NotificationItem, account: AccountView | undefined): { title: string; body: string; tag: string } {
  const view = describeNotification(item);
  const body = [view.reaction?.text, view.detail, noteExcerpt(view.note, 200)].filter(Boolean).join(' — ');
  return {
    title: account ? `${view.text} (${accountAcct(account)})` : view.text,
    body,
    tag: `${item.accountId}/${item.notification?.id ?? ''}`,
  };
}

export interface DesktopNotifierDeps {
  accounts(): readonly AccountView[];
  enabled(accountId: string): boolean;
  focused(): boolean;
  show(content: { title: string; body: string; tag: string; icon?: string }): void;
}

/** The notifications to show on the desktop: accounts that asked for them, only while the window is not focused. */
export function notifyDesktop(items: readonly NotificationItem[], deps: DesktopNotifierDeps): number {
  if (deps.focused()) return 0;
  let shown = 0;
  for (const item of items) {
    if (!deps.enabled(item.accountId)) continue;
    const account = deps.accounts().find((a) => a.id === item.accountId);
    deps.show({ ...desktopNotificationContent(item, account), ...(account?.avatarUrl ? { icon: account.avatarUrl } : {}) });
    shown++;
  }
  return shown;
}

/** The browser's Notification, when there is one and it may be used. */
export function browserNotifications(): typeof Notification | null {
  return typeof Notification === 'undefined' ? null : Notification;
}
