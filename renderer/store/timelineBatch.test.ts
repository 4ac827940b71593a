import { describe, expect, it } from 'vitest';
import type { ColumnView } from '../../shared/model/column';
import type { Note } from '../../shared/model/note';
import type { NotificationItem } from '../../shared/model/notification';
import { coreMessage } from '../../shared/messages/coreMessage';
import { createAppStore } from './createAppStore';
import { gapKey, rowsWithGaps } from './gaps';
import { columnMaxWindow, columnWindow } from './noteOrder';
import { dropsBeforeSweep } from './noteSweep';
import { mergeNotifications } from './notificationOrder';
import { account, fakeBridge, ok } from './testing/fakeBridge';

const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();
/** Ids sort by time, like Misskey's. */
const note = (second: number, patch: Partial<Note> = {}): Note =>
  ({ id: `n${String(second).padStart(6, '0')}`, createdAt: at(second), text: `t${second}`, reactions: {}, reactionEmojis: {}, reactionCount: 0, ...patch }) as Note;
const column = (id: string, accountId: string, kind: ColumnView['kind'] = 'home', collapsed = false): ColumnView => ({ id, accountId, kind, params: {}, width: 340, collapsed });
const notification = (accountId: string, second: number, patch: Record<string, unknown> = {}): NotificationItem =>
  ({ accountId, notification: { id: `x${String(second).padStart(6, '0')}`, createdAt: at(second), type: 'follow', ...patch } }) as NotificationItem;

function setup(handlers: Parameters<typeof fakeBridge>[0] = {}) {
  const bridge = fakeBridge(handlers);
  const store = createAppStore(bridge.api);
  store.getState().setAccounts([account('alice'), account('bob')]);
  store.getState().setColumns([column('c1', 'alice'), column('c2', 'bob'), column('cn', 'alice', 'notifications')]);
  return { bridge, store };
}

describe('noteUpdated', () => {
  it('counts a reaction on the note in every column and on the renote that carries it', () => {
    const { store } = setup();
    const inner = note(1);
    store.getState().applyTimelineBatch([
      { type: 'notes', columnId: 'c1', notes: [inner] },
      { type: 'notes', columnId: 'c2', notes: [note(2, { text: null, renote: inner, renoteId: inner.id })] },
    ]);
    store.getState().applyTimelineBatch([
      { type: 'noteUpdated', accountId: 'alice', noteId: inner.id, update: { type: 'reacted', reaction: ':blob@.:', emoji: { name: 'blob@.', url: 'https://x/blob.png' }, userId: 'u-carol' } },
    ]);
    const s = store.getState();
    expect(s.notesById[inner.id]!.reactions).toEqual({ ':blob@.:': 1 });
    expect(s.notesById[inner.id]!.reactionEmojis).toEqual({ 'blob@.': 'https://x/blob.png' });
    expect(s.notesById[inner.id]!.myReaction).toBeUndefined();
    expect(s.notesById[note(2).id]!.renote!.reactions).toEqual({ ':blob@.:': 1 });
  });

  it("marks the column account's own reaction and clears it when taken back", () => {
    const { store } = setup();
    const n = note(1, { reactions: { '👍': 1 }, reactionCount: 1 });
    store.getState().applyTimelineBatch([{ type: 'notes', columnId: 'c1', notes: [n] }]);
    store.getState().applyTimelineBatch([{ type: 'noteUpdated', accountId: 'alice', noteId: n.id, update: { type: 'reacted', reaction: '🎉', emoji: null, userId: 'u-alice' } }]);
    expect(store.getState().notesById[n.id]).toMatchObject({ myReaction: '🎉', reactions: { '👍': 1, '🎉': 1 }, reactionCount: 2 });
    store.getState().applyTimelineBatch([{ type: 'noteUpdated', accountId: 'alice', noteId: n.id, update: { type: 'unreacted', reaction: '🎉', userId: 'u-alice' } }]);
    expect(store.getState().notesById[n.id]).toMatchObject({ myReaction: null, reactions: { '👍': 1 }, reactionCount: 1 });
  });

  it("an own reaction replaces the one shown as the viewer's (an optimistic copy under another key)", () => {
    const { store } = setup();
    const n = note(1, { reactions: { ':ok:': 1, '👍': 2 }, reactionCount: 3, myReaction: ':ok:' });
    store.getState().applyTimelineBatch([{ type: 'notes', columnId: 'c1', notes: [n] }]);
    store.getState().applyTimelineBatch([{ type: 'noteUpdated', accountId: 'alice', noteId: n.id, update: { type: 'reacted', reaction: ':ok@.:', emoji: null, userId: 'u-alice' } }]);
    expect(store.getState().notesById[n.id]).toMatchObject({ myReaction: ':ok@.:', reactions: { ':ok@.:': 1, '👍': 2 }, reactionCount: 3 });
    // Someone else's reaction replaces nothing.
    store.getState().applyTimelineBatch([{ type: 'noteUpdated', accountId: 'alice', noteId: n.id, update: { type: 'reacted', reaction: '👍', emoji: null, userId: 'u-zed' } }]);
    expect(store.getState().notesById[n.id]).toMatchObject({ myReaction: ':ok@.:', reactions: { ':ok@.:': 1, '👍': 3 }, reactionCount: 4 });
  });

  it('counts a reaction once when two accounts on one server both report it', () => {
    const { store } = setup();
    const n = note(1);
    store.getState().applyTimelineBatch([{ type: 'notes', columnId: 'c1', notes: [n] }]);
    const reacted = { type: 'reacted' as const, reaction: '👍', emoji: null, userId: 'u-zed' };
    store.getState().applyTimelineBatch([
      { type: 'noteUpdated', accountId: 'alice', noteId: n.id, update: reacted },
      { type: 'noteUpdated', accountId: 'bob', noteId: n.id, update: reacted },
    ]);
    expect(store.getState().notesById[n.id]!.reactions).toEqual({ '👍': 1 });
  });

  it('counts poll votes, marking the own one', () => {
    const { store } = setup();
    const n = note(1, { poll: { multiple: false, choices: [{ text: 'a', votes: 0, isVoted: false }, { text: 'b', votes: 2, isVoted: false }] } });
    store.getState().applyTimelineBatch([{ type: 'notes', columnId: 'c1', notes: [n] }]);
    store.getState().applyTimelineBatch([
      { type: 'noteUpdated', accountId: 'alice', noteId: n.id, update: { type: 'pollVoted', choice: 1, userId: 'u-alice' } },
      { type: 'noteUpdated', accountId: 'alice', noteId: n.id, update: { type: 'pollVoted', choice: 7, userId: 'u-x' } },
    ]);
    expect(store.getState().notesById[n.id]!.poll!.choices[1]).toEqual({ text: 'b', votes: 3, isVoted: true });
  });

  it('removes a deleted note from every column, its pure renotes, and notifications about it', () => {
    const { store } = setup();
    const doomed = note(1);
    const quote = note(3, { text: 'quoting', renote: doomed, renoteId: doomed.id });
    store.getState().applyTimelineBatch([
      { type: 'notes', columnId: 'c1', notes: [doomed, note(2), quote] },
      { type: 'notes', columnId: 'c2', notes: [doomed, note(4, { text: null, renote: doomed, renoteId: doomed.id })] },
      { type: 'notifications', columnId: 'cn', items: [notification('alice', 5, { type: 'reaction', note: doomed }), notification('alice', 6)] },
    ]);
    store.getState().applyTimelineBatch([{ type: 'noteUpdated', accountId: 'bob', noteId: doomed.id, update: { type: 'deleted', deletedAt: at(9) } }]);
    const s = store.getState();
    expect(s.columnNoteIds.c1).toEqual([quote.id, note(2).id]);
    expect(s.columnNoteIds.c2).toEqual([]);
    expect(s.notesById[doomed.id]).toBeUndefined();
    expect(s.notesById[quote.id]!.renote).toBeNull();
    expect(s.columnNotifications.cn!.map((i) => i.notification.id)).toEqual(['x000006']);
  });

  it('applies a whole batch in one store update', () => {
    const { store } = setup();
    const refusal = coreMessage('streamRefused', { channel: 'homeTimeline' });
    let updates = 0;
    store.subscribe(() => updates++);
    store.getState().applyTimelineBatch([
      { type: 'notes', columnId: 'c1', notes: [note(1)] },
      { type: 'notes', columnId: 'c2', notes: [note(2)] },
      { type: 'notifications', columnId: 'cn', items: [notification('alice', 3)] },
      { type: 'columnState', columnId: 'c1', state: 'refused', reason: refusal },
      { type: 'unread', accountId: 'alice', unreadNotifications: 4 },
      { type: 'connection', accountId: 'alice', state: 'connected' },
    ]);
    expect(updates).toBe(1);
    const s = store.getState();
    expect(s.columnLive.c1).toEqual({ state: 'refused', reason: refusal });
    expect(s.unreadNotifications.alice).toBe(4);
  });

  it('leaves the lists of columns a batch does not touch as they were', () => {
    const { store } = setup();
    store.getState().applyTimelineBatch([{ type: 'notes', columnId: 'c1', notes: [note(1)] }, { type: 'notes', columnId: 'c2', notes: [note(2)] }]);
    const c2 = store.getState().columnNoteIds.c2;
    store.getState().applyTimelineBatch([{ type: 'notes', columnId: 'c1', notes: [note(3)] }]);
    expect(store.getState().columnNoteIds.c2).toBe(c2);
  });
});

describe('gaps', () => {
  it('sit before the first note no newer than their lower end, and a click fills them page by page', async () => {
    const pages: Record<string, Note[]> = { [note(30).id]: [note(25), note(22)], [note(22).id]: [note(21)], [note(21).id]: [] };
    const { bridge, store } = setup({ 'timeline.load': ({ untilId }) => ok(pages[untilId!] ?? []) });
    store.getState().applyTimelineBatch([
      { type: 'notes', columnId: 'c1', notes: [note(31), note(30), note(20), note(19)] },
      { type: 'gap', columnId: 'c1', sinceId: note(20).id, untilId: note(30).id },
      { type: 'gap', columnId: 'c1', sinceId: note(20).id, untilId: note(30).id },
    ]);
    const gaps = store.getState().columnGaps.c1!;
    expect(gaps).toHaveLength(1);
    const rows = rowsWithGaps(store.getState().columnNoteIds.c1!, gaps);
    expect(rows.map((r) => (r.kind === 'note' ? r.id : 'GAP'))).toEqual([note(31).id, note(30).id, 'GAP', note(20).id, note(19).id]);

    await store.getState().loadGap('c1', gapKey(gaps[0]!));
    expect(bridge.callsOf('timeline.load')).toEqual([
      { columnId: 'c1', sinceId: note(20).id, untilId: note(30).id },
      { columnId: 'c1', sinceId: note(20).id, untilId: note(22).id },
      { columnId: 'c1', sinceId: note(20).id, untilId: note(21).id },
    ]);
    expect(store.getState().columnGaps.c1).toEqual([]);
    expect(store.getState().columnNoteIds.c1).toEqual([31, 30, 25, 22, 21, 20, 19].map((s) => note(s).id));
  });

  it('keeps the marker and says why when loading fails', async () => {
    const { store } = setup({ 'timeline.load': () => ({ ok: false, error: { code: 'NETWORK', message: 'Offline.' } }) });
    store.getState().applyTimelineBatch([{ type: 'gap', columnId: 'c1', sinceId: 'a', untilId: 'b' }]);
    await store.getState().loadGap('c1', 'gap:a:b');
    expect(store.getState().columnGaps.c1).toEqual([{ sinceId: 'a', untilId: 'b', loading: false, error: 'Offline.' }]);
  });
});

describe('notifications', () => {
  it('merge newest first without doubles, per account, and stay bounded', () => {
    const first = mergeNotifications([], [notification('alice', 1), notification('alice', 3)]);
    const next = mergeNotifications(first, [notification('alice', 3), notification('bob', 3), notification('alice', 2)]);
    expect(next.map((i) => `${i.accountId}/${i.notification.id}`)).toEqual(['bob/x000003', 'alice/x000003', 'alice/x000002', 'alice/x000001']);
    const many = Array.from({ length: 700 }, (_, i) => notification('alice', i));
    expect(mergeNotifications([], many)).toHaveLength(columnWindow);
    expect(mergeNotifications([], many)[0]!.notification.id).toBe('x000699');
  });

  it('load through notifications.load, older pages by untilId, and report live ones once', async () => {
    const { bridge, store } = setup({
      'notifications.load': ({ untilId }) => ok(untilId ? [notification('alice', 1)] : [notification('alice', 5), notification('alice', 4)]),
    });
    await store.getState().loadColumn('cn');
    await store.getState().loadOlder('cn');
    expect(bridge.callsOf('notifications.load')).toEqual([{ columnId: 'cn', limit: 40 }, { columnId: 'cn', untilId: 'x000004', limit: 40 }]);
    const live: string[] = [];
    store.getState().onLiveNotifications((items) => live.push(...items.map((i) => i.notification.id)));
    store.getState().setColumns([...store.getState().columns, column('all', '*', 'allNotifications')]);
    store.getState().applyTimelineBatch([
      { type: 'notifications', columnId: 'cn', items: [notification('alice', 6), notification('alice', 5)] },
      { type: 'notifications', columnId: 'all', items: [notification('alice', 6)] },
    ]);
    expect(live).toEqual(['x000006']);
    expect(store.getState().columnNotifications.cn!.map((i) => i.notification.id)).toEqual(['x000006', 'x000005', 'x000004', 'x000001']);
  });

  it('count what arrives while a column is collapsed', () => {
    const { store } = setup();
    store.getState().setColumns([column('c1', 'alice', 'home', true)]);
    store.getState().applyTimelineBatch([{ type: 'notes', columnId: 'c1', notes: [note(1), note(2)] }]);
    store.getState().applyTimelineBatch([{ type: 'notes', columnId: 'c1', notes: [note(2), note(3)] }]);
    expect(store.getState().columnUnseen.c1).toBe(3);
  });
});

describe('the column window', () => {
  it('grows with older pages up to the maximum, and is trimmed back at the top', async () => {
    let next = 100_000;
    const page = () => Array.from({ length: 100 }, () => note(next--));
    const { store } = setup({ 'timeline.load': () => ok(page()) });
    await store.getState().loadColumn('c1');
    for (let i = 0; i < columnMaxWindow / 100 + 2; i++) await store.getState().loadOlder('c1');
    expect(store.getState().columnNoteIds.c1).toHaveLength(columnMaxWindow);
    expect(store.getState().columnLoads.c1!.windowFull).toBe(true);
    // Live notes keep what the reader loaded.
    store.getState().applyTimelineBatch([{ type: 'notes', columnId: 'c1', notes: [note(200_000)] }]);
    expect(store.getState().columnNoteIds.c1).toHaveLength(columnMaxWindow);
    store.getState().trimColumn('c1');
    expect(store.getState().columnNoteIds.c1).toHaveLength(columnWindow);
    expect(Object.keys(store.getState().notesById)).toHaveLength(columnWindow);
    expect(store.getState().columnLoads.c1!.windowFull).toBe(false);
  });
});

describe('notes no column shows', () => {
  /** `count` newer notes into a column, four per batch, as in a flood. */
  const flood = (store: ReturnType<typeof setup>['store'], columnId: string, from: number, count: number) => {
    for (let second = from; second < from + count; second += 4) {
      store.getState().applyTimelineBatch([{ type: 'notes', columnId, notes: [0, 1, 2, 3].map((k) => note(second + k)) }]);
    }
  };

  it('are dropped once enough ids have fallen out of columns, so memory stays flat', () => {
    const { store } = setup();
    flood(store, 'c1', 0, columnWindow);
    flood(store, 'c1', columnWindow, 4 * columnWindow);
    const s = store.getState();
    expect(s.columnNoteIds.c1).toHaveLength(columnWindow);
    expect(s.notesById[note(0).id]).toBeUndefined();
    expect(s.notesById[note(3 * columnWindow).id]).toBeUndefined();
    expect(Object.keys(s.notesById).length).toBeLessThan(columnWindow + dropsBeforeSweep);
    for (const id of s.columnNoteIds.c1!) expect(s.notesById[id]?.id).toBe(id);
  });

  it('stay while another column still shows them', () => {
    const { store } = setup();
    const shared = note(1);
    store.getState().applyTimelineBatch([
      { type: 'notes', columnId: 'c1', notes: [shared] },
      { type: 'notes', columnId: 'c2', notes: [shared] },
    ]);
    flood(store, 'c1', 10, 3 * columnWindow);
    const s = store.getState();
    expect(s.columnNoteIds.c1).not.toContain(shared.id);
    expect(s.notesById[note(10).id]).toBeUndefined();
    expect(s.notesById[shared.id]).toBe(shared);
  });

  it('that wait to be dropped go at once when a column is removed', () => {
    const { store } = setup();
    store.getState().applyTimelineBatch([{ type: 'notes', columnId: 'c2', notes: [note(-1)] }]);
    flood(store, 'c1', 0, columnWindow + 8);
    expect(store.getState().notesById[note(0).id]).toBeDefined();
    store.getState().forgetColumns(['c1']);
    expect(store.getState().notesById[note(0).id]).toBeUndefined();
    expect(store.getState().notesById[note(-1).id]).toBeUndefined();
    expect(Object.keys(store.getState().notesById)).toHaveLength(columnWindow);
    expect(store.getState().noteDropsSinceSweep).toBe(0);
  });
});

describe('a note that several columns receive', () => {
  it('changes notesById once when it comes again with the same data, and again when its data changed', () => {
    const { store } = setup();
    store.getState().applyTimelineBatch([{ type: 'notes', columnId: 'c1', notes: [note(1)] }]);
    const first = store.getState();
    store.getState().applyTimelineBatch([{ type: 'notes', columnId: 'c2', notes: [note(1)] }]);
    const again = store.getState();
    expect(again.columnNoteIds.c2).toEqual([note(1).id]);
    expect(again.notesById).toBe(first.notesById);
    expect(again.notesById[note(1).id]).toBe(first.notesById[note(1).id]);

    const reacted = note(1, { reactions: { '👍': 1 }, reactionCount: 1 });
    store.getState().applyTimelineBatch([{ type: 'notes', columnId: 'c2', notes: [reacted] }]);
    const changed = store.getState();
    expect(changed.notesById).not.toBe(first.notesById);
    expect(changed.notesById[note(1).id]).toBe(reacted);
    expect(first.notesById[note(1).id]!.reactions).toEqual({});

    store.getState().applyTimelineBatch([{ type: 'notes', columnId: 'c1', notes: [note(2)] }]);
    expect(store.getState().notesById).not.toBe(changed.notesById);
    expect(changed.notesById[note(2).id]).toBeUndefined();
  });
});

describe('columnNotesRemoved', () => {
  it('takes the notes out of that column only (a clip or favourites changed), after the notes that came before it', () => {
    const { store } = setup();
    const kept = note(1);
    const gone = note(2);
    store.getState().applyTimelineBatch([
      { type: 'notes', columnId: 'c1', notes: [kept, gone] },
      { type: 'notes', columnId: 'c2', notes: [gone] },
      { type: 'columnNotesRemoved', columnId: 'c1', noteIds: [gone.id] },
    ]);
    expect(store.getState().columnNoteIds.c1).toEqual([kept.id]);
    expect(store.getState().columnNoteIds.c2).toEqual([gone.id]);
  });
});
