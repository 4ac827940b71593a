import { expect, test, type Locator } from '@playwright/test';
import { addColumnThroughUi, type NewColumnChoice } from './support/addColumnThroughUi';
import { startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';
import { control } from './support/standinControl';

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});

interface KindCase {
  choice: NewColumnChoice;
  /** Makes something new that belongs in the column; returns text it will show. */
  trigger: (stamp: string) => Promise<string>;
  notifications?: boolean;
}

test('every column kind fills from the server and updates live', async ({ page, context }) => {
  test.setTimeout(180_000);
  session = await startDeckSession();
  const server = session.standinUrl;
  const alice = `@alice@${new URL(server).host}`;
  const seeded = await control<{ roleId: string; listId: string; antennaId: string; channelId: string }>(server, 'seeded');
  const post = (body: Record<string, unknown>) => control(server, 'post', body);
  const notify = (stamp: string) => control(server, 'notify', { username: 'alice', type: 'app', header: 'Test app', body: stamp }).then(() => stamp);

  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, server, 'alice');

  const cases: KindCase[] = [
    { choice: { kind: 'local', account: alice }, trigger: async (s) => (await post({ username: 'bob', text: `local ${s}` }), `local ${s}`) },
    { choice: { kind: 'social', account: alice }, trigger: async (s) => (await post({ username: 'bob', text: `social ${s}` }), `social ${s}`) },
    { choice: { kind: 'global', account: alice }, trigger: async (s) => (await post({ username: 'admin', text: `global ${s}` }), `global ${s}`) },
    { choice: { kind: 'mentions', account: alice }, trigger: async (s) => (await post({ username: 'bob', text: `@alice mention ${s}` }), `mention ${s}`) },
    { choice: { kind: 'direct', account: alice }, trigger: async (s) => (await post({ username: 'bob', text: `@alice direct ${s}`, visibility: 'specified', visibleUsernames: ['alice'] }), `direct ${s}`) },
    { choice: { kind: 'list', account: alice, source: 'Friends' }, trigger: async (s) => (await post({ username: 'bob', text: `list ${s}` }), `list ${s}`) },
    { choice: { kind: 'antenna', account: alice, source: 'missdeck keyword' }, trigger: async (s) => (await post({ username: 'admin', text: `missdeck antenna ${s}` }), `antenna ${s}`) },
    { choice: { kind: 'channel', account: alice, source: 'MissDeck dev' }, trigger: async (s) => (await post({ username: 'bob', text: `channel ${s}`, channelId: seeded.channelId }), `channel ${s}`) },
    { choice: { kind: 'role', account: alice, source: 'Testers' }, trigger: async (s) => (await post({ username: 'admin', text: `role ${s}` }), `role ${s}`) },
    { choice: { kind: 'hashtag', account: alice, text: 'decktest' }, trigger: async (s) => (await post({ username: 'bob', text: `#decktest hashtag ${s}` }), `hashtag ${s}`) },
    { choice: { kind: 'notifications', account: alice }, trigger: notify, notifications: true },
    { choice: { kind: 'allNotifications', account: 'All accounts' }, trigger: notify, notifications: true },
    // Nothing streams these two: they refresh every 30 s.
    { choice: { kind: 'user', account: alice, text: '@bob' }, trigger: async (s) => (await post({ username: 'bob', text: `user ${s}` }), `user ${s}`) },
    { choice: { kind: 'search', account: alice, text: 'searchable' }, trigger: async (s) => (await post({ username: 'bob', text: `searchable ${s}` }), `searchable ${s}`) },
  ];

  // Something to find in each column before it is added.
  await post({ username: 'bob', text: '@alice an older mention' });
  await post({ username: 'bob', text: '#decktest an older hashtag note' });
  await post({ username: 'bob', text: 'an older searchable note' });
  await post({ username: 'admin', text: 'missdeck antenna older note' });
  await notify('an older notification');

  const columns: { kindCase: KindCase; column: Locator }[] = [];
  for (const kindCase of cases) columns.push({ kindCase, column: await addColumnThroughUi(page, kindCase.choice) });
  const itemsOf = (column: Locator, notifications = false) => column.locator(notifications ? 'article[data-notification-id]' : 'article[data-note-id]');
  // Columns scrolled out of the window render no rows (they still stream): bring each into view.
  for (const { kindCase, column } of columns) {
    await column.scrollIntoViewIfNeeded();
    await expect(itemsOf(column, kindCase.notifications).first(), `${kindCase.choice.kind} fills`).toBeVisible();
  }

  const stamp = `${Date.now()}`;
  const expected: { kindCase: KindCase; column: Locator; text: string }[] = [];
  for (const { kindCase, column } of columns) expected.push({ kindCase, column, text: await kindCase.trigger(stamp) });
  for (const { kindCase, column, text } of expected) {
    await column.scrollIntoViewIfNeeded();
    const polling = kindCase.choice.kind === 'user' || kindCase.choice.kind === 'search';
    await expect(itemsOf(column, kindCase.notifications).filter({ hasText: text }).first(), `${kindCase.choice.kind} updates live`).toBeVisible({
      timeout: polling ? 40_000 : 5_000,
    });
  }
  await page.screenshot({ path: 'e2e/artifacts/deck-every-kind.png' });
});

test('the server refuses reconnects for 30 s: the app backs off, recovers, and fills the gap', async ({ page, context }) => {
  test.setTimeout(120_000);
  session = await startDeckSession();
  const server = session.standinUrl;
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, server, 'alice');
  const home = page.locator('[data-column-kind="home"]');
  await expect(home).toHaveAttribute('data-live-state', 'live');

  const before = await control<{ connectAttempts: number }>(server, 'stats');
  await control(server, 'refuseStreaming', { durationMs: 30_000 });
  await control(server, 'dropSockets');
  await expect(home).toHaveAttribute('data-live-state', /reconnecting|offline|connecting/);
  const missed = `posted while the stream was refused ${Date.now()}`;
  await control(server, 'post', { username: 'bob', text: missed });
  await expect(home).toHaveAttribute('data-live-state', 'live', { timeout: 60_000 });
  const after = await control<{ connectAttempts: number }>(server, 'stats');
  const attempts = after.connectAttempts - before.connectAttempts;
  // Backoff 1, 2, 4, 8, 16 s (± jitter) over 30 s: a handful of attempts, never a busy loop.
  expect(attempts).toBeGreaterThanOrEqual(3);
  expect(attempts).toBeLessThanOrEqual(10);
  await expect(home.locator('article[data-note-id]').filter({ hasText: missed })).toBeVisible();
  test.info().annotations.push({ type: 'reconnect attempts in 30 s', description: String(attempts) });
});

test('a deleted note disappears from every column; a reaction shows on a note shown in two columns', async ({ page, context }) => {
  session = await startDeckSession();
  // What the renderer asks of the core: live updates reach only notes it has asked to watch.
  const sentToCore: string[] = [];
  page.on('websocket', (socket) => socket.on('framesent', (frame) => sentToCore.push(String(frame.payload))));
  const watched = (noteId: string) => sentToCore.some((frame) => frame.includes('"notes.watch"') && frame.includes(noteId));
  const server = session.standinUrl;
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, server, 'alice');
  const home = page.locator('[data-column-kind="home"]');
  // The first sign-in's local column (on screen beside home).
  const local = page.locator('main.deck-columns section[data-column-kind="local"]');
  await expect(local).toHaveAttribute('data-live-state', 'live');

  const { note } = await control<{ note: { id: string } }>(server, 'post', { username: 'bob', text: `in two columns ${Date.now()}` });
  const inHome = home.locator(`article[data-note-id="${note.id}"]`);
  const inLocal = local.locator(`article[data-note-id="${note.id}"]`);
  await expect(inHome).toBeVisible();
  await expect(inLocal).toBeVisible();
  await expect.poll(() => watched(note.id)).toBe(true);

  await control(server, 'react', { username: 'admin', noteId: note.id, reaction: '🎉' });
  await expect(inHome.getByRole('button', { name: '🎉 1' }).getByRole('img', { name: '🎉' })).toBeVisible();
  await expect(inLocal.getByRole('button', { name: '🎉 1' }).getByRole('img', { name: '🎉' })).toBeVisible();

  await control(server, 'deleteNote', { noteId: note.id });
  await expect(inHome).toHaveCount(0);
  await expect(inLocal).toHaveCount(0);
});
