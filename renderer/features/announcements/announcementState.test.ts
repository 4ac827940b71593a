import { describe, expect, it } from 'vitest';
import type { Announcement } from '../../../shared/model/announcement';
import { addCreated, applyAnnouncementItems, emptyAnnouncementState, nextToShow, putOff, setUnread, unreadCount } from './announcementState';
import { announcementImageUrl } from './announcementImage';

const a = (id: string, patch: Partial<Announcement> = {}): Announcement => ({
  id,
  createdAt: `2026-12-06T23:19:${id.padStart(2, '0')}.000Z`,
  updatedAt: null,
  title: `t${id}`,
  text: 'text',
  imageUrl: null,
  icon: 'info',
  display: 'normal',
  forYou: false,
  needConfirmationToRead: false,
  silence: false,
  isRead: false,
  ...patch,
});

describe('announcement state', () => {
  it('pops each unread one up once, oldest first, account by account; never silent or read ones', () => {
    let s = setUnread(emptyAnnouncementState, 'acc1', [a('3'), a('1'), a('2', { isRead: true }), a('4', { silence: true })]);
    s = setUnread(s, 'acc2', [a('5')]);
    expect(nextToShow(s, ['acc1', 'acc2'])).toMatchObject({ accountId: 'acc1', announcement: { id: '1' } });
    expect(unreadCount(s, ['acc1', 'acc2'])).toBe(3);
    s = applyAnnouncementItems(s, [{ type: 'announcements', accountId: 'acc1', allRead: true }]);
    expect(nextToShow(s, ['acc1', 'acc2'])).toMatchObject({ accountId: 'acc2', announcement: { id: '5' } });
    s = putOff(s, 'acc2', '5');
    expect(nextToShow(s, ['acc1', 'acc2'])).toBeNull();
    // Put off, not read: still counted and listed.
    expect(unreadCount(s, ['acc2'])).toBe(1);
  });

  it('a streamed one is added once (the same id twice is one), unread even without isRead', () => {
    const created = { ...a('7'), isRead: undefined } as unknown as Announcement;
    let s = applyAnnouncementItems(emptyAnnouncementState, [
      { type: 'announcements', accountId: 'acc1', created },
      { type: 'announcements', accountId: 'acc1', created },
      { type: 'notes', columnId: 'c', notes: [] },
    ]);
    expect(s.unread.acc1!.map((x) => [x.id, x.isRead])).toEqual([['7', false]]);
    s = addCreated(s, 'acc1', a('8'));
    expect(s.unread.acc1!.map((x) => x.id)).toEqual(['8', '7']);
    // After a reconnect the server's list replaces ours (some were read elsewhere).
    s = applyAnnouncementItems(s, [{ type: 'announcements', accountId: 'acc1', unread: [a('8')] }]);
    expect(s.unread.acc1!.map((x) => x.id)).toEqual(['8']);
  });

  it('shows the image through the account server only', () => {
    expect(announcementImageUrl('https://elsewhere.test/a.png', 'https://misskey.test')).toBe('https://misskey.test/proxy/image.webp?url=https%3A%2F%2Felsewhere.test%2Fa.png');
    expect(announcementImageUrl('https://misskey.test/files/a.png', 'https://misskey.test')).toBe('https://misskey.test/files/a.png');
    expect(announcementImageUrl('javascript:alert(1)', 'https://misskey.test')).toBeNull();
    expect(announcementImageUrl(null, 'https://misskey.test')).toBeNull();
  });
});
