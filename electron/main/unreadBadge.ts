import type { EventName, Events, TimelineItem } from '../../shared/contract/events';
import type { Logger } from '../core/platform';

/** Latest unread-notification count per account, as the core last reported it. */
export type UnreadByAccount = ReadonlyMap<string, number>;

const asCount = (value: number): number => (Number.isFinite(value) && value > 0 ? Math.floor(value) : 0);

/** `state` with the `unread` items of a batch applied (the last item for an account wins). */
export function applyUnreadItems(state: UnreadByAccount, items: readonly TimelineItem[]): UnreadByAccount {
  let next: Map<string, number> | null = null;
  for (const item of items) {
    if (item.type !== 'unread') continue;
    next ??= new Map(state);
    next.set(item.accountId, asCount(item.unreadNotifications));
  }
  return next ?? state;
}

/** `state` without accounts that no longer exist (signed out or removed). */
export function keepAccounts(state: UnreadByAccount, accountIds: Iterable<string>): UnreadByAccount {
  const keep = new Set(accountIds);
  if ([...state.keys()].every((id) => keep.has(id))) return state;
  return new Map([...state].filter(([id]) => keep.has(id)));
}

/** The number the badge shows: every account's unread notifications together. */
export function totalUnread(state: UnreadByAccount): number {
  let total = 0;
  for (const count of state.values()) total += count;
  return total;
}

/** A 16×16 BGRA bitmap of a filled red dot with a white rim: the Windows taskbar overlay. */
export function overlayDotBitmap(size = 16): Buffer {
  const bitmap = Buffer.alloc(size * size * 4);
  const centre = (size - 1) / 2;
  const outer = size / 2;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const distance = Math.hypot(x - centre, y - centre);
      const alpha = Math.max(0, Math.min(1, outer - distance));
      if (alpha === 0) continue;
      const rim = distance > outer - 1.75;
      const offset = (y * size + x) * 4;
      // BGRA, premultiplied by alpha as Chromium's bitmaps are.
      const [r, g, b] = rim ? [255, 255, 255] : [220, 38, 38];
      bitmap[offset] = Math.round(b * alpha);
      bitmap[offset + 1] = Math.round(g * alpha);
      bitmap[offset + 2] = Math.round(r * alpha);
      bitmap[offset + 3] = Math.round(255 * alpha);
    }
  }
  return bitmap;
}

export interface BadgeTarget {
  /** macOS dock, Linux Unity launchers (false where unsupported). */
  setBadgeCount?: (count: number) => unknown;
  /** Windows taskbar: a dot over the icon for a count above 0, none for 0. */
  setOverlay?: (count: number) => void;
}

export interface UnreadBadge {
  /** Feed every core event; only `timeline.batch` (unread items) and `accounts.changed` matter. */
  handle(name: EventName, payload: unknown): void;
  /** Shows the current total again (a new window has no overlay yet). */
  reapply(): void;
  readonly total: number;
}

/**
 * Follows core events and keeps the app badge equal to the total unread notifications across
 * accounts. The OS is told only when the total changes.
 */
export function createUnreadBadge(target: BadgeTarget, logger: Logger): UnreadBadge {
  let state: UnreadByAccount = new Map();
  let shown = 0;
  const apply = (total: number) => {
    try {
      target.setBadgeCount?.(total);
      target.setOverlay?.(total);
    } catch (error) {
      logger.warn('could not update the unread badge', { error: String(error) });
    }
  };
  return {
    handle(name, payload) {
      if (name === 'timeline.batch') {
        const items = (payload as Partial<Events['timeline.batch']> | null)?.items;
        if (Array.isArray(items)) state = applyUnreadItems(state, items);
      } else if (name === 'accounts.changed') {
        const accounts = (payload as Partial<Events['accounts.changed']> | null)?.accounts;
        if (Array.isArray(accounts)) state = keepAccounts(state, accounts.map((account) => account.id));
      } else {
        return;
      }
      const total = totalUnread(state);
      if (total === shown) return;
      shown = total;
      apply(total);
    },
    reapply() {
      if (shown > 0) apply(shown);
    },
    get total() {
      return shown;
    },
  };
}
