import { describe, expect, it } from 'vitest';
import type { Notification, NotificationItem } from '../../../shared/model/notification';
import { renderIn, setup } from '../notes/testing/harness';
import { note, user } from '../notes/testing/fixtures';
import { NotificationList } from './NotificationList';

// As Misskey sends them: `reactionEmojis` holds only other servers' emoji; ours come from our server's list.
const target = note({ id: 'n-target', text: 'my note about pudding', reactionEmojis: { 'wave@remote.example': 'https://remote.example/emoji/wave.webp' } });
const serverEmojis = () => ({ ok: true as const, value: [{ name: 'blobcat', url: 'https://misskey.test/emoji/blobcat.webp', aliases: [], category: null }] });
/** The newest person's reaction first (our server's emoji), then another server's, then unicode. */
const reactionOf = (i: number) => [':blobcat:', ':wave@remote.example:'][i] ?? '👍';
const person = (n: number) => user({ id: `u${n}`, username: `user${n}`, name: `User ${n}`, avatarUrl: `https://misskey.test/avatar/${n}.webp` });
const group = (count: number, createdAt: string): Notification =>
  ({
    id: 'g-oldest',
    createdAt,
    type: 'reaction:grouped',
    note: target,
    reactions: Array.from({ length: count }, (_, i) => ({ user: person(count - i), reaction: reactionOf(i) })),
  }) as unknown as Notification;

const columns = [{ id: 'c1', accountId: 'a1', kind: 'notifications' as const, params: {}, width: 340, collapsed: false }];
const rowOf = (root: HTMLElement) => root.querySelector<HTMLElement>('article[data-notification-id="g-oldest"]');

describe('grouped notification row', () => {
  it('shows the people with their reactions, then takes a live reaction into the same row', async () => {
    const s = setup({ 'server.emojis': serverEmojis }, { columns });
    s.store.setState({ columnNotifications: { c1: [{ accountId: 'a1', notification: group(3, '2026-12-06T23:00:00.000Z') }] } });
    const screen = await renderIn(s, <div style={{ height: 600, display: 'flex', flexDirection: 'column' }}><NotificationList columnId="c1" accountId="a1" /></div>);
    await expect.poll(() => rowOf(screen.container)).not.toBeNull();
    const row = rowOf(screen.container)!;
    expect(row.textContent).toContain('User 3 and 2 others reacted to your note');
    expect(row.textContent).toContain('my note about pudding');
    const people = row.querySelectorAll('.notification-person');
    expect(people).toHaveLength(3);
    expect(people[0]!.querySelector<HTMLElement>('.avatar')?.style.backgroundImage).toBe('url("https://misskey.test/avatar/3.webp")');
    // Each reaction drawn as in the reactions bar: our server's emoji, another server's, the bundled Twemoji.
    const reactionImage = (i: number) => people[i]!.querySelector<HTMLImageElement>('.notification-person-reaction img');
    await expect.poll(() => reactionImage(0)?.getAttribute('src')).toBe('https://misskey.test/emoji/blobcat.webp');
    expect(reactionImage(0)?.alt).toBe(':blobcat:');
    expect([reactionImage(1)?.alt, reactionImage(1)?.getAttribute('src')]).toEqual([':wave@remote.example:', 'https://remote.example/emoji/wave.webp']);
    expect([reactionImage(2)?.alt, reactionImage(2)?.getAttribute('src'), reactionImage(2)?.className]).toEqual(['👍', '/twemoji/1f44d.svg', 'twemoji']);
    expect(people[2]!.textContent).toContain('User 1 reacted with 👍');

    // The core merged a new reaction into the newest row: same id, one row, the new person first, unseen once.
    const merged = group(15, '2026-12-06T23:05:00.000Z');
    const arrived = { id: 'n-new', createdAt: merged.createdAt, type: 'reaction', user: person(15), reaction: ':blobcat:', note: target } as unknown as Notification;
    const seen: NotificationItem[] = [];
    s.store.getState().onLiveNotifications((items) => seen.push(...items));
    s.store.getState().applyTimelineBatch([{ type: 'notifications', columnId: 'c1', items: [{ accountId: 'a1', notification: merged, arrived }] }]);
    await expect.poll(() => rowOf(screen.container)?.querySelectorAll('.notification-person').length).toBe(12);
    expect(screen.container.querySelectorAll('article.notification')).toHaveLength(1);
    expect(rowOf(screen.container)!.textContent).toContain('User 15 and 14 others reacted to your note');
    const more = rowOf(screen.container)!.querySelector('.notification-people-more')!;
    expect(more.textContent).toBe('+3');
    expect(more.getAttribute('aria-label')).toBe('and 3 more people');
    expect(seen.map((item) => item.notification.id)).toEqual(['n-new']);
    expect(s.store.getState().columnNotifications.c1![0]).not.toHaveProperty('arrived');
  });
});
