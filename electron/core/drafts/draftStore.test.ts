import { describe, expect, it } from 'vitest';
import type { DraftView } from '../../../shared/model/content';
import { memoryStore, quietLogger } from '../../../e2e/support/core/coreHarness';
import { DraftStore, draftsKey, maxSlotDrafts, type DraftInput } from './draftStore';

const draft: DraftInput = { text: 'half a thought', cw: null, visibility: 'home', localOnly: false, replyId: 'n1', renoteId: null, pollChoices: ['yes', 'no'], recipients: [] };
const at = Date.parse('2026-11-25T12:00:00.000Z');

describe('DraftStore', () => {
  it('saves one draft per account, stamped by the core, written at once', () => {
    const store = memoryStore();
    const drafts = new DraftStore(store, quietLogger(), () => at);
    expect(drafts.get('a1')).toBeNull();
    drafts.save('a1', draft);
    drafts.save('a2', { ...draft, text: 'other' });
    expect(drafts.get('a1')).toEqual({ ...draft, savedAt: '2026-11-25T12:00:00.000Z' });
    expect(store.data[draftsKey]).toEqual({
      version: 2,
      byAccount: { a1: { ...draft, savedAt: '2026-11-25T12:00:00.000Z' }, a2: { ...draft, text: 'other', savedAt: '2026-11-25T12:00:00.000Z' } },
      slots: [],
    });
  });

  it('deletes with null, and survives a new instance over the same store', () => {
    const store = memoryStore();
    const first = new DraftStore(store, quietLogger(), () => at);
    first.save('a1', draft);
    first.save('a2', draft);
    first.save('a2', null);
    first.save('a3', null);
    const second = new DraftStore(store, quietLogger());
    expect(second.get('a1')?.text).toBe('half a thought');
    expect(second.get('a2')).toBeNull();
  });

  it.each([
    ['not an object', 'garbage'],
    ['a later version', { version: 3, byAccount: {}, slots: [] }],
    ['byAccount missing', { version: 1 }],
    ['version 2 without slots', { version: 2, byAccount: {} }],
    ['version 2 with slots not a list', { version: 2, byAccount: {}, slots: { a1: draft } }],
  ])('starts empty, with a warning, when the document is %s', (_what, document) => {
    const store = memoryStore({ [draftsKey]: document });
    const logger = quietLogger();
    const drafts = new DraftStore(store, logger, () => at);
    expect(drafts.get('a1')).toBeNull();
    expect(logger.lines.some((line) => line.startsWith('warn: the saved drafts could not be read'))).toBe(true);
    drafts.save('a1', draft);
    expect((store.data[draftsKey] as { byAccount: Record<string, DraftView> }).byAccount.a1?.text).toBe('half a thought');
  });

  it('drops only the unreadable drafts of a readable document', () => {
    const good: DraftView = { ...draft, savedAt: '2026-11-24T00:00:00.000Z' };
    const store = memoryStore({ [draftsKey]: { version: 1, byAccount: { a1: good, a2: { text: 42 }, a3: { ...good, visibility: 'everyone' } } } });
    const logger = quietLogger();
    const drafts = new DraftStore(store, logger);
    expect(drafts.get('a1')).toEqual(good);
    expect(drafts.get('a2')).toBeNull();
    expect(drafts.get('a3')).toBeNull();
    expect(logger.lines.filter((line) => line.startsWith('warn: a saved draft could not be read'))).toHaveLength(2);
  });

  it('knows no drafts under inherited names', () => {
    const drafts = new DraftStore(memoryStore(), quietLogger());
    expect(drafts.get('__proto__')).toBeNull();
    expect(drafts.get('toString')).toBeNull();
    expect(drafts.get('__proto__', { kind: 'reply', noteId: 'toString' })).toBeNull();
  });
});

describe('DraftStore: reply and quote drafts', () => {
  const reply = { kind: 'reply', noteId: 'n1' } as const;
  const quote = { kind: 'quote', noteId: 'n1' } as const;
  const stamped = (input: DraftInput): DraftView => ({ ...input, savedAt: '2026-11-25T12:00:00.000Z' });

  it('keeps one per account, kind and note, apart from the new note', () => {
    const store = memoryStore();
    const drafts = new DraftStore(store, quietLogger(), () => at);
    drafts.save('a1', { ...draft, text: 'new note' });
    drafts.save('a1', { ...draft, text: 'reply to n1' }, reply);
    drafts.save('a1', { ...draft, text: 'quote of n1' }, quote);
    drafts.save('a2', { ...draft, text: 'a2 reply to n1' }, reply);
    expect(drafts.get('a1')?.text).toBe('new note');
    expect(drafts.get('a1', reply)?.text).toBe('reply to n1');
    expect(drafts.get('a1', quote)?.text).toBe('quote of n1');
    expect(drafts.get('a2', reply)?.text).toBe('a2 reply to n1');
    expect(drafts.get('a1', { kind: 'reply', noteId: 'n2' })).toBeNull();
    expect(drafts.get('a2')).toBeNull();

    drafts.save('a1', null, reply);
    expect(drafts.get('a1', reply)).toBeNull();
    expect(drafts.get('a1')?.text).toBe('new note');
    expect(new DraftStore(store, quietLogger()).get('a1', quote)).toEqual(stamped({ ...draft, text: 'quote of n1' }));
    expect(store.data[draftsKey]).toMatchObject({
      version: 2,
      slots: [
        { accountId: 'a1', slot: quote, draft: stamped({ ...draft, text: 'quote of n1' }) },
        { accountId: 'a2', slot: reply, draft: stamped({ ...draft, text: 'a2 reply to n1' }) },
      ],
    });
  });

  it(`keeps the ${maxSlotDrafts} most recently saved; saving one again makes it the newest`, () => {
    const store = memoryStore();
    const drafts = new DraftStore(store, quietLogger(), () => at);
    const slot = (n: number) => ({ kind: 'reply', noteId: `n${n}` }) as const;
    for (let n = 0; n < maxSlotDrafts; n++) drafts.save('a1', { ...draft, text: `reply ${n}` }, slot(n));
    drafts.save('a1', { ...draft, text: 'reply 0, longer' }, slot(0));
    drafts.save('a1', { ...draft, text: 'one more' }, slot(maxSlotDrafts));
    expect(drafts.get('a1', slot(0))?.text).toBe('reply 0, longer');
    expect(drafts.get('a1', slot(1))).toBeNull();
    expect(drafts.get('a1', slot(2))?.text).toBe('reply 2');
    expect(drafts.get('a1', slot(maxSlotDrafts))?.text).toBe('one more');
    const stored = (store.data[draftsKey] as { slots: { slot: { noteId: string } }[] }).slots;
    expect(stored).toHaveLength(maxSlotDrafts);
    expect(stored.slice(-2).map((entry) => entry.slot.noteId)).toEqual(['n0', `n${maxSlotDrafts}`]);
  });

  it('bounds an over-long stored list to the newest when read', () => {
    const entries = Array.from({ length: maxSlotDrafts + 5 }, (_, n) => ({ accountId: 'a1', slot: { kind: 'quote', noteId: `n${n}` }, draft: stamped(draft) }));
    const drafts = new DraftStore(memoryStore({ [draftsKey]: { version: 2, byAccount: {}, slots: entries } }), quietLogger());
    expect(drafts.get('a1', { kind: 'quote', noteId: 'n4' })).toBeNull();
    expect(drafts.get('a1', { kind: 'quote', noteId: 'n5' })).not.toBeNull();
  });

  it('removing an account deletes its new note, replies and quotes, and nothing else', () => {
    const store = memoryStore();
    const drafts = new DraftStore(store, quietLogger(), () => at);
    drafts.save('a1', draft);
    drafts.save('a1', draft, reply);
    drafts.save('a1', draft, { kind: 'quote', noteId: 'n9' });
    drafts.save('a2', draft);
    drafts.save('a2', draft, reply);
    drafts.removeAccount('a1');
    expect([drafts.get('a1'), drafts.get('a1', reply), drafts.get('a1', { kind: 'quote', noteId: 'n9' })]).toEqual([null, null, null]);
    expect(drafts.get('a2')).not.toBeNull();
    expect(drafts.get('a2', reply)).not.toBeNull();
    expect(store.data[draftsKey]).toMatchObject({ byAccount: { a2: stamped(draft) }, slots: [{ accountId: 'a2', slot: reply }] });
  });

  it('moves a version 1 document to version 2, keeping its new-note drafts', () => {
    const good: DraftView = { ...draft, savedAt: '2026-11-24T00:00:00.000Z' };
    const store = memoryStore({ [draftsKey]: { version: 1, byAccount: { a1: good } } });
    const logger = quietLogger();
    const drafts = new DraftStore(store, logger, () => at);
    expect(drafts.get('a1')).toEqual(good);
    expect(drafts.get('a1', reply)).toBeNull();
    drafts.save('a1', draft, reply);
    expect(store.data[draftsKey]).toEqual({ version: 2, byAccount: { a1: good }, slots: [{ accountId: 'a1', slot: reply, draft: stamped(draft) }] });
    expect(logger.lines.filter((line) => line.startsWith('warn'))).toEqual([]);
  });

  it('drops only the unreadable reply and quote drafts of a readable document', () => {
    const good = { accountId: 'a1', slot: reply, draft: stamped(draft) };
    const store = memoryStore({
      [draftsKey]: {
        version: 2,
        byAccount: {},
        slots: [good, 'junk', { ...good, slot: { kind: 'renote', noteId: 'n2' } }, { ...good, slot: { kind: 'quote', noteId: '' } }, { ...good, accountId: 7 }, { ...good, draft: { text: 1 } }],
      },
    });
    const logger = quietLogger();
    const drafts = new DraftStore(store, logger);
    expect(drafts.get('a1', reply)).toEqual(good.draft);
    expect(logger.lines.filter((line) => line.startsWith('warn: a saved reply or quote draft could not be read'))).toHaveLength(5);
  });

  it('keeps a direct note\'s recipients; a draft saved before recipients were kept reads with none, unreadable ones are left out', () => {
    const bob = { id: 'u-bob', username: 'bob', host: 'b.test', name: 'Bob', avatarUrl: null };
    const direct: DraftInput = { ...draft, visibility: 'specified', recipients: [bob] };
    const store = memoryStore();
    new DraftStore(store, quietLogger(), () => at).save('a1', direct);
    expect(new DraftStore(store, quietLogger()).get('a1')).toEqual(stamped(direct));

    const { recipients: _, ...older } = stamped(draft);
    const logger = quietLogger();
    const restored = new DraftStore(
      memoryStore({ [draftsKey]: { version: 2, byAccount: { a1: older, a2: { ...older, visibility: 'specified', recipients: [bob, { id: 5 }, 'x', { ...bob, id: 'u-2', extra: 1 }] } }, slots: [] } }),
      logger,
    );
    expect(restored.get('a1')).toEqual({ ...older, recipients: [] });
    expect(restored.get('a2')?.recipients).toEqual([bob, { ...bob, id: 'u-2' }]);
    expect(logger.lines.filter((line) => line.startsWith('warn'))).toEqual([]);
  });
});
