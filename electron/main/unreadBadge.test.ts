import { describe, expect, it, vi } from 'vitest';
import type { TimelineItem } from '../../shared/contract/events';
import { fakeLogger } from './testLogger';
import { applyUnreadItems, createUnreadBadge, keepAccounts, overlayDotBitmap, totalUnread } from './unreadBadge';

const unread = (accountId: string, unreadNotifications: number): TimelineItem => ({ type: 'unread', accountId, unreadNotifications });

describe('unread totals', () => {
  it('keeps the latest count per account and adds them up', () => {
    let state = applyUnreadItems(new Map(), [unread('a', 2), unread('b', 3), { type: 'gap', columnId: 'c', sinceId: '1', untilId: '2' }]);
    expect(totalUnread(state)).toBe(5);
    state = applyUnreadItems(state, [unread('a', 7), unread('a', 1)]);
    expect([...state]).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
    expect(totalUnread(state)).toBe(4);
  });

  it('treats negative, fractional or non-finite counts safely', () => {
    const state = applyUnreadItems(new Map(), [unread('a', -3), unread('b', 2.9), unread('c', Number.NaN)]);
    expect(totalUnread(state)).toBe(2);
  });

  it('returns the same state object when a batch has no unread items', () => {
    const state = new Map([['a', 1]]);
    expect(applyUnreadItems(state, [{ type: 'columnState', columnId: 'c', state: 'live' }])).toBe(state);
    expect(keepAccounts(state, ['a', 'b'])).toBe(state);
  });

  it('forgets accounts that are gone', () => {
    expect(totalUnread(keepAccounts(new Map([['a', 1], ['b', 5]]), ['a']))).toBe(1);
  });
});

describe('createUnreadBadge', () => {
  it('tells the OS only when the total changes, and clears at 0', () => {
    const setBadgeCount = vi.fn();
    const badge = createUnreadBadge({ setBadgeCount }, fakeLogger());
    badge.handle('timeline.batch', { items: [unread('a', 2), unread('b', 1)] });
    badge.handle('timeline.batch', { items: [unread('a', 2)] });
    badge.handle('deck.changed', { columns: [] });
    expect(setBadgeCount.mock.calls).toEqual([[3]]);
    badge.handle('accounts.changed', { accounts: [{ id: 'a' }] });
    badge.handle('timeline.batch', { items: [unread('a', 0)] });
    expect(setBadgeCount.mock.calls).toEqual([[3], [2], [0]]);
    expect(badge.total).toBe(0);
  });

  it('drives a Windows overlay and reapplies it for a new window', () => {
    const setOverlay = vi.fn();
    const badge = createUnreadBadge({ setOverlay }, fakeLogger());
    badge.reapply();
    expect(setOverlay).not.toHaveBeenCalled();
    badge.handle('timeline.batch', { items: [unread('a', 4)] });
    badge.reapply();
    expect(setOverlay.mock.calls).toEqual([[4], [4]]);
  });

  it('ignores malformed payloads and logs a failing OS call', () => {
    const logger = fakeLogger();
    const badge = createUnreadBadge(
      {
        setBadgeCount: () => {
          throw new Error('no dock');
        },
      },
      logger,
    );
    badge.handle('timeline.batch', null);
    badge.handle('timeline.batch', { items: 'x' });
    badge.handle('accounts.changed', {});
    expect(logger.warn).not.toHaveBeenCalled();
    badge.handle('timeline.batch', { items: [unread('a', 1)] });
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });
});

describe('overlayDotBitmap', () => {
  it('is a 16×16 BGRA dot: opaque red centre, transparent corners', () => {
    const bitmap = overlayDotBitmap(16);
    expect(bitmap.length).toBe(16 * 16 * 4);
    const pixel = (x: number, y: number) => [...bitmap.subarray((y * 16 + x) * 4, (y * 16 + x) * 4 + 4)];
    expect(pixel(0, 0)).toEqual([0, 0, 0, 0]);
    expect(pixel(8, 8)).toEqual([38, 38, 220, 255]);
  });
});
