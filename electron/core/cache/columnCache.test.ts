import { describe, expect, it } from 'vitest';
import type { Note } from '../../../shared/model/note';
import type { NotificationItem } from '../../../shared/model/notification';
import { memoryBlobs, quietLogger, testCipher } from '../../../e2e/support/core/coreHarness';
import { cachedItemsPerColumn, ColumnCache } from './columnCache';

const note = (n: number, text = `note ${n}`): Note =>
  ({ id: `n${String(n).padStart(5, '0')}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(), text }) as unknown as Note;
const notification = (n: number, accountId: string, noteId?: string): NotificationItem =>
  ({
    accountId,
    notification: { id: `f${String(n).padStart(5, '0')}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(), type: 'reaction', ...(noteId ? { note: { id: noteId } } : {}) },
  }) as unknown as NotificationItem;

const setup = () => {
  const blobs = memoryBlobs();
  const logger = quietLogger();
  return { blobs, logger, cache: new ColumnCache(blobs, testCipher(), logger, 60_000) };
};

describe('ColumnCache', () => {
  it('keeps the newest items of a column, newest first, each once, the latest copy winning', () => {
    const { cache } = setup();
    cache.addNotes('c1', [note(3), note(1)]);
    cache.addNotes('c1', Array.from({ length: 150 }, (_, i) => note(i + 2)));
    cache.addNotes('c1', [note(151, 'edited copy')]);
    const notes = cache.view('c1')!.notes;
    expect(notes).toHaveLength(cachedItemsPerColumn);
    expect(notes[0]).toMatchObject({ id: note(151).id, text: 'edited copy' });
    expect(notes.at(-1)!.id).toBe(note(52).id);
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
  });

  it('is written only sealed by the cipher, and read back by the next run with its reading position', async () => {
    const { blobs, cache, logger } = setup();
    cache.addNotes('c1', [note(1, 'followers-only secret words')]);
    cache.setPosition('c1', { heldKey: note(1).id, anchorKey: note(1).id, above: 12 });
    expect(blobs.files.size).toBe(0);
    await cache.flush();
    const sealed = blobs.files.get('column-c1')!;
    expect(sealed).toBeDefined();
    expect(sealed).not.toContain('secret words');

    const next = new ColumnCache(blobs, testCipher(), logger);
    next.load(['c1']);
    expect(next.view('c1')).toEqual({ notes: [note(1, 'followers-only secret words')], notifications: [], position: { heldKey: note(1).id, anchorKey: note(1).id, above: 12 } });
    expect(next.has('c1')).toBe(true);
  });

  it('drops an unreadable cache with a log line, never throwing, and keeps the readable ones', async () => {
    const { blobs, cache, logger } = setup();
    cache.addNotes('good', [note(1)]);
    await cache.flush();
    blobs.files.set('column-garbage', 'not sealed at all');
    blobs.files.set('column-wrongshape', testCipher().encrypt(JSON.stringify({ version: 1, notes: 'nope' })));
    blobs.files.set('column-badjson', testCipher().encrypt('{"version":1,'));
    blobs.files.set('column-future', testCipher().encrypt(JSON.stringify({ version: 99, notes: [], notifications: [], position: null })));

    const next = new ColumnCache(blobs, testCipher(), logger);
    expect(() => next.load(['good', 'garbage', 'wrongshape', 'badjson', 'future'])).not.toThrow();
    expect(next.has('good')).toBe(true);
    for (const id of ['garbage', 'wrongshape', 'badjson', 'future']) expect(next.has(id)).toBe(false);
    await Promise.resolve();
    expect([...blobs.files.keys()]).toEqual(['column-good']);
    expect(logger.lines.filter((line) => line.startsWith('warn: column cache unreadable'))).toHaveLength(4);
  });

  it('deletes the cache of columns no longer on the deck', async () => {
    const { blobs, cache, logger } = setup();
    cache.addNotes('kept', [note(1)]);
    cache.addNotes('gone', [note(2)]);
    await cache.flush();
    new ColumnCache(blobs, testCipher(), logger).load(['kept']);
    await Promise.resolve();
    expect([...blobs.files.keys()]).toEqual(['column-kept']);
  });

  it('forgets a deleted note, with the notifications about it', () => {
    const { cache } = setup();
    cache.addNotes('c1', [note(1), note(2)]);
    cache.addNotifications('n1', [notification(1, 'a', note(1).id), notification(2, 'a', note(2).id)]);
    cache.removeNote(note(1).id);
    expect(cache.view('c1')!.notes.map((n) => n.id)).toEqual([note(2).id]);
    expect(cache.view('n1')!.notifications.map((n) => n.notification.id)).toEqual([notification(2, 'a').notification.id]);
  });

  it("forgets a removed account's items, also in a column that gathers every account", async () => {
    const { blobs, cache, logger } = setup();
    cache.addNotifications('all', [notification(1, 'alice'), notification(2, 'bob'), notification(3, 'alice')]);
    await cache.forgetAccount('alice');
    const next = new ColumnCache(blobs, testCipher(), logger);
    next.load(['all']);
    expect(next.view('all')!.notifications.map((item) => item.accountId)).toEqual(['bob']);
  });

  it('removes a column’s file with the column', async () => {
    const { blobs, cache } = setup();
    cache.addNotes('c1', [note(1)]);
    await cache.flush();
    await cache.remove('c1');
    expect(blobs.files.size).toBe(0);
    expect(cache.has('c1')).toBe(false);
  });
});
