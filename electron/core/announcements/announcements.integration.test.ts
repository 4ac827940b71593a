import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../shared/contract/events';
import type { Announcement } from '../../../shared/model/announcement';
import { memoryStore, signIn, startCore, startStandin, type CoreUnderTest, type Standin } from '../../../e2e/support/core/coreHarness';

let server: Standin;
let harness: CoreUnderTest;

beforeEach(async () => {
  server = await startStandin({ name: 'News server' });
  harness = await startCore({ store: memoryStore() }, { ackTimeoutMs: 500 });
});

afterEach(async () => {
  await harness.core.dispose();
  await server.close();
});

const news = () =>
  harness.events.flatMap((event) => (event.name === 'timeline.batch' ? (event.payload as { items: TimelineItem[] }).items : [])).filter((item) => item.type === 'announcements');

describe('announcements through the core', () => {
  it('streams global and personal ones, lists them, reads them on the server and hears readAllAnnouncements', async () => {
    const alice = await signIn(harness, server, 'alice');
    await new Promise<void>((resolve, reject) => {
      const deadline = Date.now() + 5_000;
      const tick = () => (server.stats().subscriptions > 0 ? resolve() : Date.now() > deadline ? reject(new Error('no subscription')) : setTimeout(tick, 10));
      tick();
    });
    const global = server.announce({ title: 'Maintenance', text: '**soon**' }).announcement;
    const personal = server.announce({ title: 'For alice', text: 'hi', username: 'alice', needConfirmationToRead: true }).announcement;
    await expect.poll(() => news().length).toBe(2);
    expect(news().map((item) => [item.accountId, item.created?.id, item.created?.isRead])).toEqual([
      [alice, global.id, false],
      [alice, personal.id, false],
    ]);
    const listed = await harness.call<Announcement[]>('announcements.list', { accountId: alice, active: true });
    expect(listed.map((a) => [a.id, a.forYou, a.isRead])).toEqual([
      [personal.id, true, false],
      [global.id, false, false],
    ]);
    await harness.call('announcements.read', { accountId: alice, announcementId: global.id });
    await harness.call('announcements.read', { accountId: alice, announcementId: personal.id });
    await expect.poll(() => news().some((item) => item.allRead)).toBe(true);
    const past = await harness.call<Announcement[]>('announcements.list', { accountId: alice, active: false });
    expect(past.map((a) => [a.id, a.isRead])).toEqual([[personal.id, true]]);
  });
});
