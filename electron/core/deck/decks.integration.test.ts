import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ColumnView } from '../../../shared/model/column';
import type { DeckExport, DecksView } from '../../../shared/model/deck';
import { memoryStore, signIn, startCore, startStandin, type CoreUnderTest, type Standin } from '../../../e2e/support/core/coreHarness';

let server: Standin;
const started: CoreUnderTest[] = [];
const boot = async (store = memoryStore()) => {
  const harness = await startCore({ store });
  started.push(harness);
  return harness;
};

beforeEach(async () => {
  server = await startStandin({ name: 'Decks server' });
});

afterEach(async () => {
  for (const harness of started.splice(0)) await harness.core.dispose();
  await server.close();
});

const columnsOf = (harness: CoreUnderTest) => harness.call<ColumnView[]>('deck.get');
const kinds = async (harness: CoreUnderTest) => (await columnsOf(harness)).map((c) => c.kind);

describe('named decks', () => {
  it('keeps each deck its own columns and widths across switching and a restart', async () => {
    const store = memoryStore();
    const first = await boot(store);
    const alice = await signIn(first, server, 'alice');
    const [home] = await columnsOf(first);
    await first.call('deck.updateColumn', { columnId: home!.id, width: 420 });
    const main = await first.call<DecksView>('decks.list');
    expect(main.decks).toHaveLength(1);

    const created = await first.call<DecksView>('decks.create', { name: 'Art' });
    expect(created.decks.map((d) => d.name)).toEqual(['', 'Art']);
    expect(created.activeDeckId).toBe(created.decks[1]!.id);
    expect(await columnsOf(first)).toEqual([]);
    await first.call('deck.addColumn', { accountId: alice, kind: 'hashtag', params: { tag: 'art' } });
    expect(await kinds(first)).toEqual(['hashtag']);

    await first.call('decks.switch', { deckId: main.activeDeckId });
    expect(await kinds(first)).toEqual(['home', 'notifications', 'local', 'mentions']);
    expect((await columnsOf(first))[0]!.width).toBe(420);
    await first.core.dispose();

    const second = await boot(store);
    const after = await second.call<DecksView>('decks.list');
    expect(after.decks.map((d) => [d.name, d.columnCount])).toEqual([['', 4], ['Art', 1]]);
    expect(after.activeDeckId).toBe(main.activeDeckId);
    await second.call('decks.switch', { deckId: after.decks[1]!.id });
    expect(await kinds(second)).toEqual(['hashtag']);
  });

  it('renames, duplicates, reorders and deletes decks; the last one stays', async () => {
    const harness = await boot();
    await signIn(harness, server, 'alice');
    const { activeDeckId: main } = await harness.call<DecksView>('decks.list');
    await harness.call('decks.rename', { deckId: main, name: 'Main' });
    const copied = await harness.call<DecksView>('decks.duplicate', { deckId: main, name: 'Main (copy)' });
    expect(copied.decks.map((d) => [d.name, d.columnCount])).toEqual([['Main', 4], ['Main (copy)', 4]]);
    const copyColumns = await columnsOf(harness);
    expect(copyColumns.map((c) => c.kind)).toEqual(['home', 'notifications', 'local', 'mentions']);
    await harness.call('decks.switch', { deckId: main });
    const mainIds = (await columnsOf(harness)).map((c) => c.id);
    expect(copyColumns.some((c) => mainIds.includes(c.id))).toBe(false);

    const copy = copied.activeDeckId;
    expect((await harness.call<DecksView>('decks.move', { deckId: copy, toIndex: 0 })).decks.map((d) => d.name)).toEqual(['Main (copy)', 'Main']);
    const removed = await harness.call<DecksView>('decks.remove', { deckId: main });
    expect(removed).toEqual({ activeDeckId: copy, decks: [{ id: copy, name: 'Main (copy)', columnCount: 4 }] });
    expect(await kinds(harness)).toEqual(['home', 'notifications', 'local', 'mentions']);
    await expect(harness.callResult('decks.remove', { deckId: copy })).resolves.toMatchObject({ ok: false, error: { messageKey: 'lastDeck' } });
    await expect(harness.callResult('decks.switch', { deckId: 'nope' })).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND', messageKey: 'deckGone' } });
  });

  it('reads a one-deck layout of version 1 as the first deck, columns kept', async () => {
    const column = { id: 'c1', accountId: 'a1', kind: 'local', params: {}, width: 300, collapsed: true };
    const store = memoryStore({ deck: { version: 1, columns: [column, { id: 'broken' }] } });
    const harness = await boot(store);
    expect(await columnsOf(harness)).toEqual([column]);
    const view = await harness.call<DecksView>('decks.list');
    expect(view.decks).toEqual([{ id: view.activeDeckId, name: '', columnCount: 1 }]);
    expect(store.data.deck).toMatchObject({ version: 2, activeDeckId: view.activeDeckId });
  });

  it('removing an account takes its columns out of every deck', async () => {
    const harness = await boot();
    const alice = await signIn(harness, server, 'alice');
    const bob = await signIn(harness, server, 'bob');
    await harness.call('decks.create', { name: 'Two' });
    await harness.call('deck.addColumn', { accountId: alice, kind: 'home' });
    await harness.call('deck.addColumn', { accountId: bob, kind: 'home' });
    await harness.call('accounts.remove', { accountId: alice, columns: 'remove' });
    expect((await columnsOf(harness)).map((c) => c.accountId)).toEqual([bob]);
    const view = await harness.call<DecksView>('decks.list');
    expect(view.decks.map((d) => d.columnCount)).toEqual([4, 1]);
  });

  it('removing an account whose column heads a stack in a deck not shown leaves the next column heading it', async () => {
    const harness = await boot();
    const alice = await signIn(harness, server, 'alice');
    const bob = await signIn(harness, server, 'bob');
    const { activeDeckId: main } = await harness.call<DecksView>('decks.list');
    const { activeDeckId: two } = await harness.call<DecksView>('decks.create', { name: 'Two' });
    const head = await harness.call<ColumnView>('deck.addColumn', { accountId: alice, kind: 'home' });
    const under = await harness.call<ColumnView>('deck.addColumn', { accountId: bob, kind: 'local' });
    await harness.call('deck.stackColumn', { columnId: under.id, underColumnId: head.id });
    await harness.call('decks.switch', { deckId: main });
    await harness.call('accounts.remove', { accountId: alice, columns: 'remove' });
    await harness.call('decks.switch', { deckId: two });
    expect((await columnsOf(harness)).map((c) => [c.id, c.stacked ?? false])).toEqual([[under.id, false]]);
  });
});

describe('exporting and importing a deck', () => {
  it('restores a deck on a fresh data folder; a column whose account is not signed in waits for it', async () => {
    const first = await boot();
    const alice = await signIn(first, server, 'alice');
    const [home, , local] = await columnsOf(first);
    await first.call('decks.rename', { deckId: (await first.call<DecksView>('decks.list')).activeDeckId, name: 'Daily' });
    await first.call('deck.stackColumn', { columnId: local!.id, underColumnId: home!.id });
    await first.call('deck.arrangeColumn', { columnId: local!.id, stackShare: 0.5, sound: true });
    await first.call('deck.addColumn', { accountId: alice, kind: 'hashtag', params: { tag: 'misskey' } });
    const exported = await first.call<DeckExport>('decks.export', { deckId: (await first.call<DecksView>('decks.list')).activeDeckId });
    expect(exported.fileName).toBe('missdeck-Daily.json');
    expect(exported.text).not.toContain(alice);

    const fresh = await boot();
    const imported = await fresh.call<DecksView>('decks.import', { text: exported.text });
    expect(imported.decks.map((d) => [d.name, d.columnCount])).toEqual([['', 0], ['Daily', 5]]);
    const waiting = await columnsOf(fresh);
    expect(waiting.map((c) => c.kind)).toEqual(['home', 'local', 'notifications', 'mentions', 'hashtag']);
    const acct = `@alice@${new URL(server.url).host}`;
    expect(waiting.every((c) => c.missingAccount === acct)).toBe(true);
    expect(waiting[1]).toMatchObject({ stacked: true, stackShare: 0.5, sound: true });

    const aliceHere = await signIn(fresh, server, 'alice');
    const bound = await columnsOf(fresh);
    expect(bound.map((c) => c.accountId)).toEqual(Array(5).fill(aliceHere));
    expect(bound.some((c) => c.missingAccount)).toBe(false);
    // Her imported columns are her first sign-in's deck: no starter columns on top.
    expect(bound.map((c) => c.kind)).toEqual(['home', 'local', 'notifications', 'mentions', 'hashtag']);
    await expect(fresh.call('timeline.load', { columnId: bound[4]!.id })).resolves.toBeInstanceOf(Array);
  });

  it('restores a deck holding a chat column', async () => {
    const first = await boot();
    const alice = await signIn(first, server, 'alice');
    await first.call('deck.addColumn', { accountId: alice, kind: 'chat', params: {} });
    const exported = await first.call<DeckExport>('decks.export', { deckId: (await first.call<DecksView>('decks.list')).activeDeckId });

    const fresh = await boot();
    await fresh.call<DecksView>('decks.import', { text: exported.text });
    expect((await columnsOf(fresh)).map((c) => c.kind)).toContain('chat');
  });

  it('refuses a hostile file with the reason and changes nothing', async () => {
    const harness = await boot();
    await signIn(harness, server, 'alice');
    const before = await harness.call<DecksView>('decks.list');
    const refusals = [
      ['not json', 'deckFileNotJson'],
      [JSON.stringify({ format: 'missdeck.deck', version: 99, name: 'x', columns: [] }), 'deckFileVersion'],
      ['{"format":"missdeck.deck","version":1,"name":"x","columns":[],"__proto__":{"admin":true}}', 'deckFileForbiddenKey'],
      [JSON.stringify({ format: 'missdeck.deck', version: 1, name: 'x', columns: [{ account: '@a@b.c', kind: 'rootShell', params: {}, width: 340, collapsed: false }] }), 'deckFileInvalid'],
      [JSON.stringify({ format: 'missdeck.deck', version: 1, name: 'x', columns: [{ account: '@a@b.c', kind: 'list', params: {}, width: 340, collapsed: false }] }), 'deckFileInvalid'],
      [JSON.stringify({ format: 'missdeck.deck', version: 1, name: 'x', columns: [{ account: '*', kind: 'home', params: {}, width: 340, collapsed: false }] }), 'deckFileInvalid'],
      [' '.repeat(300 * 1024), 'deckFileTooLarge'],
    ] as const;
    for (const [text, messageKey] of refusals) {
      await expect(harness.callResult('decks.import', { text })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', messageKey } });
    }
    expect(await harness.call<DecksView>('decks.list')).toEqual(before);
  });
});

describe('stacked columns', () => {
  it('stacks a column under another, keeps its share, and unstacks it into a slot of its own', async () => {
    const harness = await boot();
    await signIn(harness, server, 'alice');
    const [home, notifications, local, mentions] = await columnsOf(harness);
    const stacked = await harness.call<ColumnView[]>('deck.stackColumn', { columnId: mentions!.id, underColumnId: home!.id });
    expect(stacked.map((c) => [c.kind, c.stacked ?? false])).toEqual([
      ['home', false],
      ['mentions', true],
      ['notifications', false],
      ['local', false],
    ]);
    await harness.call('deck.arrangeColumn', { columnId: mentions!.id, stackShare: 2 });
    // Taking the slot's head away leaves the column under it heading the slot.
    const moved = await harness.call<ColumnView[]>('deck.moveColumn', { columnId: home!.id, toIndex: 3 });
    expect(moved.map((c) => [c.kind, c.stacked ?? false])).toEqual([
      ['mentions', false],
      ['notifications', false],
      ['local', false],
      ['home', false],
    ]);
    await harness.call('deck.stackColumn', { columnId: local!.id, underColumnId: notifications!.id });
    const unstacked = await harness.call<ColumnView[]>('deck.stackColumn', { columnId: local!.id, underColumnId: null });
    expect(unstacked.map((c) => [c.kind, c.stacked ?? false])).toEqual([
      ['mentions', false],
      ['notifications', false],
      ['local', false],
      ['home', false],
    ]);
    await expect(harness.callResult('deck.stackColumn', { columnId: local!.id, underColumnId: local!.id })).resolves.toMatchObject({ ok: false });
  });
});
