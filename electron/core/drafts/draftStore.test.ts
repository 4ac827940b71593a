import { describe, expect, it } from 'vitest';
import type { DraftView } from '../../../shared/model/content';
import { memoryStore, quietLogger } from '../testing/coreHarness';
import { DraftStore, draftsKey, type DraftInput } from './draftStore';

const draft: DraftInput = { text: 'half a thought', cw: null, visibility: 'home', localOnly: false, replyId: 'n1', renoteId: null, pollChoices: ['yes', 'no'] };
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
      version: 1,
      byAccount: { a1: { ...draft, savedAt: '2026-11-25T12:00:00.000Z' }, a2: { ...draft, text: 'other', savedAt: '2026-11-25T12:00:00.000Z' } },
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
    ['another version', { version: 2, byAccount: {} }],
    ['byAccount missing', { version: 1 }],
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
  });
});
