import type { AccountView } from '../../../shared/model/account';
import type { NotificationItem } from '../../../shared/model/notification';
import { accountAcct } from '../../lib/acct';
import { describeNotification, noteExcerpt } from './notificationView';

/** Per-account desktop notification choices, kept in localStorage until settings exist. */
const storageKey = 'missdeck.desktopNotifications.v1';

export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const listeners = new Set<() => void>();
let cache: { raw: string | null; value: Record<string, boolean> } | null = null;

const defaultStorage = (): KeyValue | null => (typeof localStorage === 'undefined' ? null : localStorage);

export function readDesktopPrefs(storage: KeyValue | null = defaultStorage()): Record<string, boolean> {
  const raw = storage?.getItem(storageKey) ?? null;
  if (cache && cache.raw === raw) return cache.value;
  let value: Record<string, boolean> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object') {
      value = Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'boolean')) as Record<string, boolean>;
    }
  } catch {
    value = {};
  }
  cache = { raw, value };
  return value;
}

export function setDesktopNotifications(accountId: string, on: boolean, storage: KeyValue | null = defaultStorage()): void {
  const next = { ...readDesktopPrefs(storage), [accountId]: on };
  storage?.setItem(storageKey, JSON.stringify(next));
  for (const listener of listeners) listener();
}

export function subscribeDesktopPrefs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
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
