import { describe, expect, it } from 'vitest';
import type { ColumnView } from '../../../shared/model/column';
import type { Note } from '../../../shared/model/note';
import { signIn } from '../../../e2e/support/core/coreHarness';
import { useTwoServers } from '../../../e2e/support/core/twoServers';

const servers = useTwoServers();

async function aliceWithNotes(count: number) {
  const harness = await servers.boot();
  const accountId = await signIn(harness, servers.serverA, 'alice');
  const notes = Array.from({ length: count }, (_, i) => servers.serverA.post({ username: 'bob', text: `kept ${i}` }).note);
  return { harness, accountId, notes };
}

describe('clip and favourites columns', () => {
  it('a favourites column pages older favourites by the favourite ids, not by note ids', async () => {
    const { harness, accountId, notes } = await aliceWithNotes(5);
    // Favourited newest note first: favourite order differs from note order.
    for (const note of [...notes].reverse()) await harness.call('notes.favorite', { accountId, noteId: note.id, favorite: true });
    const column = await harness.call<ColumnView>('deck.addColumn', { accountId, kind: 'favorites' });
    const first = await harness.call<Note[]>('timeline.load', { columnId: column.id, limit: 2 });
    expect(first.map((n) => n.text)).toEqual(['kept 0', 'kept 1']);
    const older = await harness.call<Note[]>('timeline.load', { columnId: column.id, limit: 2, untilId: first.at(-1)!.id });
    expect(older.map((n) => n.text)).toEqual(['kept 2', 'kept 3']);
    const last = await harness.call<Note[]>('timeline.load', { columnId: column.id, limit: 2, untilId: older.at(-1)!.id });
    expect(last.map((n) => n.text)).toEqual(['kept 4']);
  });

  it('a clip column shows what is added or removed through MissDeck at once', async () => {
    const { harness, accountId, notes } = await aliceWithNotes(2);
    const clip = await harness.call<{ id: string; name: string }>('clips.create', { accountId, name: 'Later' });
    await harness.call('clips.addNote', { accountId, clipId: clip.id, noteId: notes[0]!.id });
    const column = await harness.call<ColumnView>('deck.addColumn', { accountId, kind: 'clip', params: { clipId: clip.id, sourceName: clip.name } });
    expect((await harness.call<Note[]>('timeline.load', { columnId: column.id })).map((n) => n.id)).toEqual([notes[0]!.id]);
    await harness.call('clips.addNote', { accountId, clipId: clip.id, noteId: notes[1]!.id });
    type Batch = { items: { type: string; columnId?: string; notes?: Note[]; noteIds?: string[] }[] };
    await harness.waitForEvent<Batch>('timeline.batch', (b) => b.items.some((i) => i.type === 'notes' && i.columnId === column.id && i.notes?.[0]?.id === notes[1]!.id));
    // Adding it twice is what was asked: no error.
    await harness.call('clips.addNote', { accountId, clipId: clip.id, noteId: notes[1]!.id });
    await harness.call('clips.removeNote', { accountId, clipId: clip.id, noteId: notes[0]!.id });
    await harness.waitForEvent<Batch>('timeline.batch', (b) => b.items.some((i) => i.type === 'columnNotesRemoved' && i.columnId === column.id && i.noteIds?.[0] === notes[0]!.id));
    const sources = await harness.call<{ id: string; name: string }[]>('deck.sources', { accountId, kind: 'clip' });
    expect(sources).toEqual([{ id: clip.id, name: 'Later' }]);
  });
});
