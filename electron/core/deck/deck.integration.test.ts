import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../shared/contract/events';
import type { ColumnView } from '../../../shared/model/column';
import type { Note } from '../../../shared/model/note';
import type { NotificationItem } from '../../../shared/model/notification';
import { memoryStore, signIn, startCore, startStandin, type CoreUnderTest, type Standin, timelineItems, until } from '../../../e2e/support/core/coreHarness';

let server: Standin;
let harness: CoreUnderTest;

beforeEach(async () => {
  server = await startStandin({ name: 'Deck server' });
  harness = await startCore({ store: memoryStore() }, { ackTimeoutMs: 500 });
});

afterEach(async () => {
  await harness.core.dispose();
  await server.close();
});

const items = (): TimelineItem[] => timelineItems(harness);
const notesIn = (columnId: string): Note[] => items().flatMap((item) => (item.type === 'notes' && item.columnId === columnId ? item.notes : []));
const connected = (accountId: string) => () =>
  items().some((item) => item.type === 'connection' && item.accountId === accountId && item.state === 'connected');

async function column(accountId: string, kind: ColumnView['kind'], params: ColumnView['params'] = {}) {
  return harness.call<ColumnView>('deck.addColumn', { accountId, kind, params });
}

describe('columns streaming live', () => {
  it('shares one channel subscription between columns that need the same channel', async () => {
    const alice = await signIn(harness, server, 'alice');
    const [home] = await harness.call<ColumnView[]>('deck.get');
    const secondHome = await column(alice, 'home');
    const local = await column(alice, 'local');
    await until(connected(alice));
    await until(() => server.stats().subscriptions >= 3);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // main (unread counts) + homeTimeline (shared by two columns) + localTimeline
    expect(server.stats().subscriptions).toBe(3);
    expect(server.stats().connections).toBe(1);

    const { note } = server.post({ username: 'bob', text: 'for both home columns' });
    await until(() => notesIn(home!.id).length === 1 && notesIn(secondHome.id).length === 1 && notesIn(local.id).length === 1);
    expect(notesIn(home!.id)[0]?.id).toBe(note.id);
  });

  it('tells a late renderer the connection and unread states it missed', async () => {
    const alice = await signIn(harness, server, 'alice');
    await until(connected(alice));
    await until(() => items().some((item) => item.type === 'unread' && item.accountId === alice));
    const snapshot = await harness.call<TimelineItem[]>('deck.liveState');
    expect(snapshot).toContainEqual({ type: 'connection', accountId: alice, state: 'connected' });
    expect(snapshot.filter((item) => item.type === 'unread' && item.accountId === alice)).toHaveLength(1);
    expect(snapshot.filter((item) => item.type === 'connection')).toHaveLength(1);
  });

  it('batches: many notes in one message, not one message per note', async () => {
    await signIn(harness, server, 'alice');
    const [home] = await harness.call<ColumnView[]>('deck.get');
    // Subscribed to the home timeline (its channel acknowledged), not only connected.
    await until(() => items().some((item) => item.type === 'columnState' && item.columnId === home!.id && item.state === 'live'));
    const before = harness.events.length;
    for (let i = 0; i < 50; i++) server.post({ username: 'bob', text: `burst ${i}` });
    await until(() => notesIn(home!.id).length === 50);
    const batches = harness.events.slice(before).filter((event) => event.name === 'timeline.batch');
    expect(batches.length).toBeLessThan(10);
  });

  it('loses and doubles nothing across 20 dropped sockets while notes keep coming', async () => {
    const alice = await signIn(harness, server, 'alice');
    const [home] = await harness.call<ColumnView[]>('deck.get');
    await harness.call('timeline.load', { columnId: home!.id });
    await until(connected(alice));
    const sent: string[] = [];
    for (let round = 0; round < 20; round++) {
      for (let i = 0; i < 5; i++) sent.push(server.post({ username: 'bob', text: `round ${round} note ${i}` }).note.id);
      server.dropSockets();
      for (let i = 0; i < 3; i++) sent.push(server.post({ username: 'bob', text: `while down ${round}.${i}` }).note.id);
      await new Promise((resolve) => setTimeout(resolve, 30 + Math.random() * 40));
    }
    await until(() => new Set(notesIn(home!.id).map((n) => n.id)).size >= sent.length, 15_000);
    const ids = notesIn(home!.id).map((n) => n.id);
    expect(ids.length).toBe(new Set(ids).size);
    expect(new Set(ids)).toEqual(new Set(sent));
  }, 30_000);

  it('delivers reactions and deletions of watched notes as noteUpdated', async () => {
    const alice = await signIn(harness, server, 'alice');
    await until(connected(alice));
    const { note } = server.post({ username: 'bob', text: 'react to me' });
    await harness.call('notes.watch', { notes: [{ accountId: alice, noteId: note.id }] });
    await until(() => server.stats().watchedNotes >= 1);
    server.react({ username: 'bob', noteId: note.id, reaction: '👍' });
    await until(() => items().some((item) => item.type === 'noteUpdated' && item.noteId === note.id && item.update.type === 'reacted'));
    server.deleteNote({ noteId: note.id });
    await until(() => items().some((item) => item.type === 'noteUpdated' && item.noteId === note.id && item.update.type === 'deleted'));
  });

  it('keeps column order, width, collapse and options across a restart', async () => {
    const store = memoryStore();
    const first = await startCore({ store });
    const alice = await signIn(first, server, 'alice');
    const local = await first.call<ColumnView>('deck.addColumn', { accountId: alice, kind: 'local' });
    await first.call('deck.moveColumn', { columnId: local.id, toIndex: 0 });
    await first.call('deck.updateColumn', { columnId: local.id, width: 420, collapsed: true, params: { withRenotes: false } });
    await first.core.dispose();
    const second = await startCore({ store });
    const columns = await second.call<ColumnView[]>('deck.get');
    // The first sign-in's home, notifications, local, mentions, with the added local moved first.
    expect(columns.map((c) => c.kind)).toEqual(['local', 'home', 'notifications', 'local', 'mentions']);
    expect(columns[0]).toMatchObject({ width: 420, collapsed: true, params: { withRenotes: false } });
    await second.core.dispose();
  });

  it('refuses a source column without its source, with a clear message', async () => {
    const alice = await signIn(harness, server, 'alice');
    await expect(harness.callResult('deck.addColumn', { accountId: alice, kind: 'list' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'This list column needs a list.', messageKey: 'listColumnNeedsList' },
    });
  });
});

describe('notification columns', () => {
  it('gathers the notifications of every account in one column', async () => {
    const alice = await signIn(harness, server, 'alice');
    const bob = await signIn(harness, server, 'bob');
    const all = await harness.call<ColumnView>('deck.addColumn', { accountId: '*', kind: 'allNotifications' });
    await until(connected(alice));
    await until(connected(bob));
    await harness.call('notifications.load', { columnId: all.id });
    server.notify({ username: 'alice', type: 'app', body: 'for alice' });
    server.notify({ username: 'bob', type: 'app', body: 'for bob' });
    const live = () => items().flatMap((item) => (item.type === 'notifications' && item.columnId === all.id ? item.items : [])) as NotificationItem[];
    await until(() => live().length === 2);
    expect(new Set(live().map((item) => item.accountId))).toEqual(new Set([alice, bob]));
  });
});
