import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../shared/contract/events';
import type { ColumnView } from '../../../shared/model/column';
import type { NotificationItem } from '../../../shared/model/notification';
import { memoryStore, signIn, startCore, startStandin, type CoreUnderTest, type Standin, timelineItems, until } from '../../../e2e/support/core/coreHarness';

let server: Standin;
let harness: CoreUnderTest;

beforeEach(async () => {
  server = await startStandin({ name: 'Groups server' });
  harness = await startCore({ store: memoryStore() }, { ackTimeoutMs: 500 });
});

afterEach(async () => {
  await harness.core.dispose();
  await server.close();
});

const items = (): TimelineItem[] => timelineItems(harness);
const liveIn = (columnId: string): NotificationItem[] =>
  items().flatMap((item) => (item.type === 'notifications' && item.columnId === columnId ? item.items : []));
const connections = (accountId: string) => items().filter((item) => item.type === 'connection' && item.accountId === accountId && item.state === 'connected').length;
type Row = { id: string; type: string; reactions?: { user: { username: string }; reaction: string }[]; users?: { username: string }[] };
const people = (n: unknown) => {
  const row = n as Row;
  return row.reactions?.map((r) => `${r.user.username} ${r.reaction}`) ?? row.users?.map((u) => u.username) ?? [];
};

describe('grouped notification columns', () => {
  it('loads grouped rows, pages older without doubling, and merges live reactions into the newest row', async () => {
    const alice = await signIn(harness, server, 'alice');
    server.createUser({ username: 'carol' });
    server.createUser({ username: 'dave' });
    for (const body of ['one', 'two', 'three']) server.notify({ username: 'alice', type: 'app', body });
    const { note } = server.post({ username: 'alice', text: 'react to me' });
    server.react({ username: 'bob', noteId: note.id, reaction: '👍' });
    server.react({ username: 'admin', noteId: note.id, reaction: '🎉' });
    const column = await harness.call<ColumnView>('deck.addColumn', { accountId: alice, kind: 'notifications' });
    await until(() => connections(alice) > 0);

    const first = await harness.call<NotificationItem[]>('notifications.load', { columnId: column.id, limit: 3 });
    expect(first.map((i) => i.notification.type).toSorted()).toEqual(['app', 'reaction:grouped']);
    const groupRow = first.find((i) => i.notification.type === 'reaction:grouped')!;
    expect(people(groupRow.notification)).toEqual(['admin 🎉', 'bob 👍']);
    const older = await harness.call<NotificationItem[]>('notifications.load', { columnId: column.id, untilId: 'older', limit: 3 });
    const bodies = [...first, ...older].flatMap((i) => ((i.notification as { body?: string }).body ? [(i.notification as { body?: string }).body] : []));
    // Each once, none lost (rows of the same millisecond may come in either order).
    expect(bodies.toSorted()).toEqual(['one', 'three', 'two']);

    server.react({ username: 'carol', noteId: note.id, reaction: '❤' });
    await until(() => liveIn(column.id).length === 1);
    const merged = liveIn(column.id)[0]!;
    expect(merged.notification.id).toBe(groupRow.notification.id);
    expect(people(merged.notification)).toEqual(['carol ❤', 'admin 🎉', 'bob 👍']);
    expect(merged.arrived).toMatchObject({ type: 'reaction', reaction: '❤', user: { username: 'carol' } });

    // Something else in between: the next reaction starts a row of its own, as the server would group it.
    server.notify({ username: 'alice', type: 'app', body: 'between' });
    server.react({ username: 'dave', noteId: note.id, reaction: '🍮' });
    await until(() => liveIn(column.id).length === 3);
    expect(liveIn(column.id).slice(1).map((i) => [i.notification.type, i.arrived])).toEqual([
      ['app', undefined],
      ['reaction', undefined],
    ]);
  });

  it('a reconnect backfill merges what it missed once, and re-reads nothing it already showed', async () => {
    const alice = await signIn(harness, server, 'alice');
    server.createUser({ username: 'carol' });
    const { note } = server.post({ username: 'alice', text: 'renote me' });
    server.post({ username: 'bob', renoteId: note.id });
    server.post({ username: 'admin', renoteId: note.id });
    const column = await harness.call<ColumnView>('deck.addColumn', { accountId: alice, kind: 'notifications' });
    await until(() => connections(alice) > 0);
    const page = await harness.call<NotificationItem[]>('notifications.load', { columnId: column.id });
    expect(page.map((i) => i.notification.type)).toEqual(['renote:grouped']);
    expect(people(page[0]!.notification)).toEqual(['admin', 'bob']);

    const before = connections(alice);
    server.refuseStreaming({ durationMs: 400 });
    server.dropSockets();
    server.post({ username: 'carol', renoteId: note.id });
    await until(() => connections(alice) > before, 8_000);
    await until(() => liveIn(column.id).length >= 1, 8_000);
    const live = liveIn(column.id);
    expect(live).toHaveLength(1);
    expect(live[0]!.notification.id).toBe(page[0]!.notification.id);
    expect(people(live[0]!.notification)).toEqual(['carol', 'admin', 'bob']);
    expect(live[0]!.arrived).toMatchObject({ type: 'renote', user: { username: 'carol' } });
  });
});
