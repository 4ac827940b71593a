import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { aliceToken, signedInAsAlice, standinApi } from './support/aliceSession';
import { startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';
import { control } from './support/standinControl';

// The acceptance for writing and acting on notes, against the Misskey stand-in.

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});


interface ServerNote {
  id: string;
  text: string | null;
  cw: string | null;
  visibility: string;
  localOnly?: boolean;
  visibleUserIds?: string[];
  fileIds: string[];
  replyId: string | null;
  renoteId: string | null;
  reactions: Record<string, number>;
  myReaction?: string | null;
  poll?: { multiple: boolean; expiresAt: string | null; choices: { text: string; votes: number; isVoted: boolean }[] };
}

interface Seeded {
  users: Record<string, string>;
  pollNoteId: string;
}


const showNote = (server: string, noteId: string) => standinApi<ServerNote>(server, 'notes/show', { noteId });

async function startWithAlice(page: Page, context: BrowserContext): Promise<Locator> {
  const started = await signedInAsAlice(page, context);
  session = started.session;
  return started.home;
}

const composerOf = (page: Page) => page.getByRole('form', { name: 'Compose a note' });

/** The note in `column` showing `text`, once it is there; returns it and its id. */
async function noteShowing(column: Locator, text: string): Promise<{ note: Locator; id: string }> {
  const note = column.locator('article[data-note-id]', { hasText: text }).first();
  await expect(note).toBeVisible({ timeout: 10_000 });
  const id = await note.getAttribute('data-note-id');
  expect(id).toBeTruthy();
  return { note: column.locator(`article[data-note-id="${id}"]`).first(), id: id! };
}

/** A note by bob, posted on the server; waits for it to arrive live in `column`. */
async function noteByBob(server: string, column: Locator, extra: Record<string, unknown> = {}): Promise<{ note: Locator; id: string; text: string }> {
  const text = `bob says ${Date.now()} ${Math.random().toString(36).slice(2, 8)}`;
  const { note } = await control<{ note: { id: string } }>(server, 'post', { username: 'bob', text, ...extra });
  const shown = column.locator(`article[data-note-id="${note.id}"]`).first();
  await expect(shown).toContainText(text, { timeout: 10_000 });
  return { note: shown, id: note.id, text };
}

const unique = (label: string) => `${label} ${Date.now()} ${Math.random().toString(36).slice(2, 8)}`;

/** A 1×1 PNG. */
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

test('post with a CW, with each visibility (Direct with a recipient), local only, and a poll — the server gets the fields', async ({ page, context }) => {
  test.setTimeout(60_000);
  const home = await startWithAlice(page, context);
  const server = session.standinUrl;
  const seeded = await control<Seeded>(server, 'seeded');
  const composer = composerOf(page);
  const textBox = composer.getByRole('textbox', { name: 'Note text' });
  const post = composer.getByRole('button', { name: 'Post', exact: true });

  // A CW: the column shows the warning and a button to show the text.
  const cwText = unique('Spoilers ahead');
  const hidden = unique('The butler did it');
  await textBox.fill(hidden);
  await composer.getByRole('button', { name: 'Add CW (content warning)' }).click();
  await composer.getByRole('textbox', { name: 'Content warning', exact: true }).fill(cwText);
  await expect(composer.getByLabel('Characters left')).toHaveText(/\d/);
  await post.click();
  await expect(textBox).toHaveValue('');
  await expect(composer.getByRole('textbox', { name: 'Content warning', exact: true })).toHaveCount(0);
  const withCw = await noteShowing(home, cwText);
  const show = withCw.note.getByRole('button', { name: /^Show content \(\d+ characters\)$/ });
  await expect(show).toBeVisible();
  await expect(withCw.note).not.toContainText(hidden);
  await show.click();
  await expect(withCw.note).toContainText(hidden);
  expect(await showNote(server, withCw.id)).toMatchObject({ cw: cwText, text: hidden, visibility: 'public' });

  // Each visibility from the select; home also local only. Public shows no mark. Followers-only
  // notes stream with their text to their author, as Misskey streams them to whoever may see them.
  const latestOfAlice = async () => (await standinApi<ServerNote[]>(server, 'users/notes', { userId: seeded.users.alice, limit: 1, withReplies: true }))[0]!;
  const marks: Record<string, string | null> = { public: null, home: 'Home', followers: 'Followers only' };
  const texts: Record<string, string> = {};
  for (const visibility of ['public', 'home', 'followers'] as const) {
    const text = unique(`Visibility ${visibility}`);
    texts[visibility] = text;
    await composer.getByRole('combobox', { name: 'Visibility' }).selectOption(visibility);
    await composer.getByRole('checkbox', { name: 'Local only' }).setChecked(visibility === 'home');
    await textBox.fill(text);
    await post.click();
    await expect(textBox).toHaveValue('');
    const onServer = await latestOfAlice();
    expect(onServer).toMatchObject({ text, visibility, localOnly: visibility === 'home' });
    const note = home.locator(`article[data-note-id="${onServer.id}"]`).first();
    await expect(note).toBeVisible({ timeout: 10_000 });
    await expect(note).toContainText(text);
    const mark = marks[visibility];
    if (mark) await expect(note.getByRole('img', { name: mark, exact: true })).toBeVisible();
    else await expect(note.locator('[data-visibility]')).toHaveCount(0);
    await expect(note.locator('[data-local-only]')).toHaveCount(visibility === 'home' ? 1 : 0);
  }
  await composer.getByRole('combobox', { name: 'Visibility' }).selectOption('public');
  await composer.getByRole('checkbox', { name: 'Local only' }).setChecked(false);

  // Direct, the recipient found by searching (users/search-by-username-and-host).
  await composer.getByRole('combobox', { name: 'Visibility' }).selectOption('specified');
  await composer.getByRole('textbox', { name: 'Add recipient' }).fill('bo');
  await composer.getByRole('button', { name: 'Add @bob', exact: true }).click();
  await expect(composer.getByRole('button', { name: 'Remove @bob', exact: true })).toBeVisible();
  const searchedDirectText = unique('Direct to a searched recipient');
  await textBox.fill(searchedDirectText);
  await post.click();
  await expect(textBox).toHaveValue('');
  const searchedDirect = await latestOfAlice();
  expect(searchedDirect).toMatchObject({ text: searchedDirectText, visibility: 'specified', visibleUserIds: [seeded.users.bob] });
  await expect(home.locator(`article[data-note-id="${searchedDirect.id}"]`).first()).toContainText(searchedDirectText, { timeout: 10_000 });
  await composer.getByRole('combobox', { name: 'Visibility' }).selectOption('public');

  // Direct with a recipient: replying to bob's direct note starts a Direct note to him.
  const directText = unique('bob whispers');
  const { note: bobDirect } = await control<{ note: { id: string } }>(server, 'post', { username: 'bob', text: directText, visibility: 'specified', visibleUsernames: ['alice'] });
  await page.reload();
  const bobsNote = home.locator(`article[data-note-id="${bobDirect.id}"]`).first();
  await expect(bobsNote).toContainText(directText, { timeout: 10_000 });
  await expect(bobsNote.getByRole('img', { name: 'Direct', exact: true })).toBeVisible();
  await expect(home.locator('article[data-note-id]', { hasText: texts.followers! }).getByRole('img', { name: 'Followers only', exact: true })).toBeVisible();
  await bobsNote.getByRole('button', { name: 'Reply', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Reply' });
  await expect(dialog.getByRole('combobox', { name: 'Visibility' })).toHaveValue('specified');
  await expect(dialog.getByRole('button', { name: /^Remove @bob/ })).toBeVisible();
  const replyText = unique('Just between us');
  await dialog.getByRole('textbox', { name: 'Note text' }).fill(`@bob ${replyText}`);
  await dialog.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(dialog).toBeHidden();
  const sentDirect = await latestOfAlice();
  expect(sentDirect).toMatchObject({ text: `@bob ${replyText}`, visibility: 'specified', replyId: bobDirect.id });
  expect(sentDirect.visibleUserIds).toContain(seeded.users.bob);
  const directNote = home.locator(`article[data-note-id="${sentDirect.id}"]`).first();
  await expect(directNote.getByRole('img', { name: 'Direct', exact: true })).toBeVisible({ timeout: 10_000 });
  await expect(directNote).toContainText(replyText);

  // A poll: three choices, multiple choice, ends after a day.
  const pollText = unique('Which flavour?');
  await textBox.fill(pollText);
  await composer.getByRole('button', { name: 'Add poll' }).click();
  await composer.getByRole('textbox', { name: 'Choice 1' }).fill('Vanilla');
  await composer.getByRole('textbox', { name: 'Choice 2' }).fill('Chocolate');
  await composer.getByRole('button', { name: 'Add choice' }).click();
  await composer.getByRole('textbox', { name: 'Choice 3' }).fill('Matcha');
  await composer.getByRole('checkbox', { name: 'Multiple choice' }).check();
  await composer.getByRole('combobox', { name: 'Poll ends' }).selectOption('1d');
  await post.click();
  await expect(textBox).toHaveValue('');
  const withPoll = await noteShowing(home, pollText);
  const poll = withPoll.note.getByRole('group', { name: 'Poll (multiple choice)' });
  await expect(poll).toBeVisible();
  for (const choice of ['Vanilla', 'Chocolate', 'Matcha']) await expect(poll.getByRole('button', { name: `Vote for ${choice}` })).toBeVisible();
  const pollOnServer = await showNote(server, withPoll.id);
  expect(pollOnServer.poll?.multiple).toBe(true);
  expect(pollOnServer.poll?.choices.map((c) => c.text)).toEqual(['Vanilla', 'Chocolate', 'Matcha']);
  const endsIn = Date.parse(pollOnServer.poll?.expiresAt ?? '') - Date.now();
  expect(endsIn).toBeGreaterThan(23 * 3_600_000);
  expect(endsIn).toBeLessThanOrEqual(24 * 3_600_000);

  // From the REST timeline, alice's direct reply shows its text.
  await page.reload();
  await expect(home.locator(`article[data-note-id="${sentDirect.id}"]`).first()).toContainText(replyText, { timeout: 10_000 });
});

test('three attachments, one pasted and two picked, each uploading with progress, then a note with three files', async ({ page, context }) => {
  const home = await startWithAlice(page, context);
  const server = session.standinUrl;
  const composer = composerOf(page);
  const textBox = composer.getByRole('textbox', { name: 'Note text' });
  const list = composer.getByRole('list', { name: 'Attachments' });
  const png = Buffer.from(PNG_BASE64, 'base64');

  // Hold the uploads back so their progress bars can be seen.
  await control(server, 'delay', { endpoint: 'drive/files/create', ms: 1_500 });

  await textBox.fill('');
  await textBox.evaluate((box, base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'pasted.png', { type: 'image/png' }));
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, PNG_BASE64);
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('progressbar', { name: /^Uploading / })).toBeVisible();

  await composer.getByLabel('Choose files to attach').setInputFiles([
    { name: 'first.png', mimeType: 'image/png', buffer: png },
    { name: 'second.png', mimeType: 'image/png', buffer: png },
  ]);
  await expect(list.getByRole('listitem')).toHaveCount(3);
  for (const name of ['first.png', 'second.png']) await expect(list.getByRole('progressbar', { name: `Uploading ${name}` })).toBeVisible();
  await control(server, 'delay', { endpoint: 'drive/files/create', ms: 0 });

  // All done: no progress bar left, each with its controls.
  await expect(list.getByRole('progressbar')).toHaveCount(0, { timeout: 15_000 });
  await expect(list.locator('li[data-status="done"]')).toHaveCount(3);
  for (const name of ['first.png', 'second.png']) {
    await expect(list.getByRole('checkbox', { name: `Mark ${name} as sensitive` })).toBeVisible();
    await expect(list.getByRole('textbox', { name: `Alt text for ${name}` })).toBeVisible();
    await expect(list.getByRole('button', { name: `Remove ${name}` })).toBeVisible();
  }

  const text = unique('Three pictures');
  await textBox.fill(text);
  await composer.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(textBox).toHaveValue('');
  await expect(list).toHaveCount(0);
  const { note, id } = await noteShowing(home, text);
  await expect(note.getByRole('group', { name: '3 attachments' })).toBeVisible();
  expect((await showNote(server, id)).fileIds).toHaveLength(3);
});

test('reply to and quote a note by bob: the posted notes carry replyId and renoteId', async ({ page, context }) => {
  const home = await startWithAlice(page, context);
  const server = session.standinUrl;
  const bob = await noteByBob(server, home);

  // Reply: the dialog starts with @bob.
  await bob.note.getByRole('button', { name: 'Reply', exact: true }).click();
  const replyDialog = page.getByRole('dialog', { name: 'Reply' });
  const replyBox = replyDialog.getByRole('textbox', { name: 'Note text' });
  await expect(replyBox).toHaveValue(/^@bob /);
  await expect(replyBox).toBeFocused();
  const replyText = unique('Agreed');
  await replyBox.pressSequentially(replyText);
  await replyDialog.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(replyDialog).toBeHidden();

  // Quote: Renote → Quote.
  await bob.note.getByRole('button', { name: 'Renote', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Quote' }).click();
  const quoteDialog = page.getByRole('dialog', { name: 'Quote' });
  const quoteText = unique('Look at this');
  await quoteDialog.getByRole('textbox', { name: 'Note text' }).fill(quoteText);
  await quoteDialog.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(quoteDialog).toBeHidden();

  const reply = await noteShowing(home, replyText);
  const quote = await noteShowing(home, quoteText);
  await expect(quote.note).toContainText(bob.text);
  expect(await showNote(server, reply.id)).toMatchObject({ replyId: bob.id, renoteId: null, text: `@bob ${replyText}` });
  expect(await showNote(server, quote.id)).toMatchObject({ renoteId: bob.id, replyId: null, text: quoteText });
});

test('react and unreact with a custom emoji, vote in a poll, delete an own note', async ({ page, context }) => {
  // Updates (reactions, votes, deletion) reach only notes the renderer has asked the core to watch.
  const sentToCore: string[] = [];
  page.on('websocket', (socket) => socket.on('framesent', (frame) => sentToCore.push(String(frame.payload))));
  const watched = (noteId: string) => sentToCore.some((frame) => frame.includes('"notes.watch"') && frame.includes(noteId));
  const home = await startWithAlice(page, context);
  const server = session.standinUrl;

  // React through the picker: search, choose :missdeck_ok:.
  const bob = await noteByBob(server, home);
  // Wait for that first: a reaction made through the picker shows only when the stream reports it.
  await expect.poll(() => watched(bob.id)).toBe(true);
  await bob.note.getByRole('button', { name: 'React', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Pick a reaction' });
  await picker.getByRole('searchbox', { name: 'Search emoji' }).fill('missdeck');
  await picker.getByRole('button', { name: ':missdeck_ok:', exact: true }).click();
  await expect(picker).toBeHidden();
  const reactions = bob.note.getByRole('group', { name: 'Reactions' });
  const mine = reactions.getByRole('button', { name: ':missdeck_ok: 1, yours', exact: true });
  await expect(mine).toBeVisible();
  await expect(mine).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await showNote(server, bob.id)).myReaction).toBe(':missdeck_ok@.:');

  // Clicking it again takes it back.
  await mine.click();
  await expect(reactions.getByRole('button', { name: /missdeck_ok/ })).toHaveCount(0);
  await expect.poll(async () => (await showNote(server, bob.id)).myReaction ?? null).toBeNull();
  expect((await showNote(server, bob.id)).reactions).toEqual({});

  // Vote in a poll by bob.
  const pollNote = await noteByBob(server, home, { poll: { choices: ['Tea', 'Coffee'] } });
  await expect.poll(() => watched(pollNote.id)).toBe(true);
  await pollNote.note.getByRole('button', { name: 'Vote for Coffee' }).click();
  await expect(pollNote.note.getByRole('img', { name: 'Your vote' })).toBeVisible();
  await expect(pollNote.note.getByRole('button', { name: /^Vote for / })).toHaveCount(0);
  await expect.poll(async () => (await showNote(server, pollNote.id)).poll?.choices.map((c) => [c.votes, c.isVoted])).toEqual([
    [0, false],
    [1, true],
  ]);

  // Delete an own note, confirmed.
  const text = unique('Posted by mistake');
  const { note: created } = await control<{ note: { id: string } }>(server, 'post', { username: 'alice', text });
  const own = home.locator(`article[data-note-id="${created.id}"]`).first();
  await expect(own).toContainText(text, { timeout: 10_000 });
  await expect.poll(() => watched(created.id)).toBe(true);
  await own.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete this note?' });
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(home.locator(`article[data-note-id="${created.id}"]`)).toHaveCount(0, { timeout: 10_000 });
  await expect(home).not.toContainText(text);
  const gone = await fetch(`${server}/api/notes/show`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ noteId: created.id, i: aliceToken }) });
  expect(gone.status).toBe(400);
});

test('act as an account on another server: React as @alice@B reacts on B’s copy of the note', async ({ page, context }) => {
  test.setTimeout(60_000);
  session = await startDeckSession({ servers: 2 });
  const [serverA, serverB] = session.standinUrls as [string, string];
  const hostA = new URL(serverA).host;
  const hostB = new URL(serverB).host;
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, serverA, 'alice');
  await signInThroughUi(page, context, session, serverB, 'alice');
  const homeA = page.locator(`[data-column-kind="home"][aria-label$="@alice@${hostA}"]`);
  await expect(homeA.locator('[data-note-id]').first()).toBeVisible();

  const bob = await noteByBob(serverA, homeA);
  await bob.note.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Act as…' }).click();
  await page.getByRole('menuitem', { name: `React as @alice@${hostB}` }).click();
  const picker = page.getByRole('dialog', { name: 'Pick a reaction' });
  await picker.getByRole('searchbox', { name: 'Search emoji' }).fill('missdeck');
  await picker.getByRole('button', { name: ':missdeck_ok:', exact: true }).click();
  await expect(picker).toBeHidden();

  // B looked the note up by its URL on A, then alice@B reacted to B's copy.
  const noteUrl = `${serverA}/notes/${bob.id}`;
  await expect
    .poll(async () => {
      const { requests } = await control<{ requests: { path: string; status: number }[] }>(serverB, 'log');
      return requests.filter((r) => r.path === '/api/ap/show' || r.path === '/api/notes/reactions/create').map((r) => `${r.path} ${r.status}`);
    })
    .toEqual(expect.arrayContaining(['/api/ap/show 200', '/api/notes/reactions/create 204']));
  const onB = await standinApi<{ type: string; object: ServerNote & { uri: string } }>(serverB, 'ap/show', { uri: noteUrl });
  expect(onB.type).toBe('Note');
  expect(onB.object.uri).toBe(noteUrl);
  expect(onB.object.id).not.toBe(bob.id);
  expect(onB.object.myReaction).toBe(':missdeck_ok@.:');
  // alice@A did not react on A.
  expect((await showNote(serverA, bob.id)).myReaction ?? null).toBeNull();
});

test('a draft survives a restart of the host, a direct note with its recipient', async ({ page, context }) => {
  await startWithAlice(page, context);
  const composer = composerOf(page);
  const text = unique('Half-written thought');
  const cw = unique('Draft CW');
  await composer.getByRole('combobox', { name: 'Visibility' }).selectOption('specified');
  await composer.getByRole('textbox', { name: 'Add recipient' }).fill('bob');
  await composer.getByRole('button', { name: 'Add @bob', exact: true }).click();
  await composer.getByRole('textbox', { name: 'Note text' }).fill(text);
  await composer.getByRole('button', { name: 'Add CW (content warning)' }).click();
  await composer.getByRole('textbox', { name: 'Content warning', exact: true }).fill(cw);
  // Drafts are saved 500 ms after the last change.
  await page.waitForTimeout(1_200);

  await session.restartHost();
  await page.goto(session.hostUrl);
  const again = composerOf(page);
  await expect(again.getByRole('textbox', { name: 'Note text' })).toHaveValue(text, { timeout: 15_000 });
  await expect(again.getByRole('textbox', { name: 'Content warning', exact: true })).toHaveValue(cw);
  await expect(again.getByRole('combobox', { name: 'Visibility' })).toHaveValue('specified');
  await expect(again.getByRole('button', { name: 'Remove @bob', exact: true })).toBeVisible();
});

test('a 429 keeps the text and says why; posting again succeeds', async ({ page, context }) => {
  const home = await startWithAlice(page, context);
  const server = session.standinUrl;
  const composer = composerOf(page);
  const textBox = composer.getByRole('textbox', { name: 'Note text' });
  const post = composer.getByRole('button', { name: 'Post', exact: true });

  await control(server, 'failNext', { endpoint: 'notes/create', status: 429, retryAfterSec: 30 });
  const text = unique('Not so fast');
  await textBox.fill(text);
  await post.click();
  const alert = composer.getByRole('alert');
  await expect(alert).toContainText(/rate limiting/i);
  await expect(alert).toContainText(/try again in 30 s/i);
  await expect(textBox).toHaveValue(text);
  await expect(post).toBeEnabled();

  await post.click();
  await expect(textBox).toHaveValue('');
  await expect(alert).toHaveCount(0);
  await noteShowing(home, text);
});
