import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ColumnView } from '../../../shared/model/column';
import type { Note } from '../../../shared/model/note';
import { memoryStore, signIn, startCore, startStandin, type CoreUnderTest, type Standin, timelineItems, until } from '../../../e2e/support/core/coreHarness';

let server: Standin;
let harness: CoreUnderTest;

beforeEach(async () => {
  server = await startStandin({ name: 'Thread server' });
  harness = await startCore({ store: memoryStore() }, { ackTimeoutMs: 500 });
});

afterEach(async () => {
  await harness.core.dispose();
  await server.close();
});

const notesIn = (columnId: string): Note[] => timelineItems(harness).flatMap((item) => (item.type === 'notes' && item.columnId === columnId ? item.notes : []));

describe('thread columns', () => {
  it("pages the note's replies and quotes, and takes new replies live, nothing else", async () => {
    const alice = await signIn(harness, server, 'alice');
    const { note: root } = server.post({ username: 'alice', text: 'thread root' });
    const { note: first } = server.post({ username: 'bob', text: 'first reply', replyId: root.id });
    server.post({ username: 'bob', text: 'a reply to the reply', replyId: first.id });
    server.post({ username: 'bob', text: 'not in the thread' });
    const thread = await harness.call<ColumnView>('deck.addColumn', { accountId: alice, kind: 'thread', params: { noteId: root.id } });

    const page = await harness.call<Note[]>('timeline.load', { columnId: thread.id });
    expect(page.map((n) => n.text)).toEqual(['first reply']);

    await until(() => timelineItems(harness).some((item) => item.type === 'connection' && item.accountId === alice && item.state === 'connected'));
    const { note: live } = server.post({ username: 'bob', text: 'second reply, live', replyId: root.id });
    server.post({ username: 'bob', text: 'elsewhere, live', replyId: first.id });
    await until(() => notesIn(thread.id).some((n) => n.id === live.id));
    expect(notesIn(thread.id).map((n) => n.text)).toEqual(['second reply, live']);
  });

  it("takes replies to someone else's note by polling, as no stream carries them", async () => {
    const alice = await signIn(harness, server, 'alice');
    const { note: root } = server.post({ username: 'bob', text: "bob's root" });
    const thread = await harness.call<ColumnView>('deck.addColumn', { accountId: alice, kind: 'thread', params: { noteId: root.id } });
    expect(await harness.call<Note[]>('timeline.load', { columnId: thread.id })).toEqual([]);
    const { note: reply } = server.post({ username: 'admin', text: 'admin answers bob', replyId: root.id });
    // The poll runs every 10 s.
    await until(() => notesIn(thread.id).some((n) => n.id === reply.id), 15_000);
    expect(notesIn(thread.id).map((n) => n.text)).toEqual(['admin answers bob']);
  }, 20_000);

  it('refuses a thread column without its note, with a clear message', async () => {
    const alice = await signIn(harness, server, 'alice');
    await expect(harness.callResult('deck.addColumn', { accountId: alice, kind: 'thread' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', messageKey: 'threadColumnNeedsNote' },
    });
  });
});
