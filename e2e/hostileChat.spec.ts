import { expect, test, type Locator } from '@playwright/test';
import { addColumnThroughUi } from './support/addColumnThroughUi';
import { standinApi } from './support/aliceSession';
import { startDeckSession, type DeckSession } from './support/deckSession';
import { describeChatVariant, generateHostileChat, type ChatVariant } from './support/hostile/chatVariants';
import { startEvilServer, type EvilServer } from './support/hostile/evilServer';
import { appAlive, responsiveness, scrollThrough, type AuditFinding } from './support/hostile/inPage';
import { HostileWatch } from './support/hostile/pageWatch';
import { expectNothingHostileHappened } from './support/hostile/verdict';
import { signInThroughUi } from './support/signInThroughUi';
import { control } from './support/standinControl';
import { SEED_TOKENS } from './standin/state';
import { maxAnswerMs, maxFrameMs } from './support/hostile/freezeLimits';

// Hostile chat messages through the real renderer, with the hostile-note suite's payloads and detectors:
// script and HTML in the text and the sender's names, javascript:/data: links and file URLs, MFM storms,
// unicode abuse, huge texts and reaction lists, and messages of the wrong shape. They come as a page of
// the conversation's history (paged by scrolling up), live on the `chatUser` stream, and as entries of
// the conversation list. Nothing may run script, load anything remote but images, navigate, open a
// window or a non-http(s) URL, unmount the app or freeze it; every well-formed message is shown.

const maxScrollStepMs = Number(process.env.HOSTILE_MAX_SCROLL_STEP_MS ?? 2_000);

let session: DeckSession | undefined;
let evil: EvilServer | undefined;

test.afterEach(async () => {
  await session?.close();
  await evil?.close();
});

const shownIds = (column: Locator) => column.locator('[data-chat-message-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-chat-message-id') ?? ''));

test('hostile chat messages (history, live, conversation list): no script, no remote loads, no navigation, no crash, no freeze', async ({ page, context }) => {
  test.setTimeout(120_000);
  evil = await startEvilServer();
  session = await startDeckSession();
  const { standinUrl: server, hostOrigin } = session;
  const watch = await HostileWatch.install(page, context, {
    hostOrigin,
    imageOrigins: [server, evil.origin, 'http://evil.invalid', 'https://evil.invalid', 'https://ok.invalid', 'https://remote.invalid'],
  });
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, server, 'alice');
  for (const other of context.pages()) if (other !== page) await other.close();

  // A real message from bob is the base of every variant.
  await control(server, 'follow', { follower: 'bob', followee: 'alice' });
  const { users } = await control<{ users: Record<string, string> }>(server, 'seeded');
  const base = await standinApi<Record<string, unknown>>(server, 'chat/messages/create-to-user', { toUserId: users.alice, text: 'hello from bob' }, SEED_TOKENS.bob!);
  const sender = await standinApi<Record<string, unknown>>(server, 'users/show', { userId: users.bob }, SEED_TOKENS.alice!);
  const me = await standinApi<Record<string, unknown>>(server, 'users/show', { userId: users.alice }, SEED_TOKENS.alice!);
  const history = generateHostileChat({ base, sender, evilOrigin: evil.origin, prefix: 'h' });
  const live = generateHostileChat({ base, sender, evilOrigin: evil.origin, prefix: 's' });
  // Conversation-list entries from strangers whose names, avatars and last messages are hostile.
  const listEntries = history
    .filter((v) => v.category === 'sender' || v.category === 'text' || v.category === 'malformed')
    .slice(0, 80)
    .map((v) => {
      if (typeof v.message !== 'object' || v.message === null || Array.isArray(v.message)) return v.message;
      const m = v.message as Record<string, unknown>;
      const from = typeof m.fromUser === 'object' && m.fromUser !== null ? m.fromUser : sender;
      return { ...m, id: `list${v.n}`, fromUserId: `stranger${v.n}`, fromUser: { ...from, id: `stranger${v.n}` }, toUserId: users.alice, toUser: me, isRead: false };
    });
  await control(server, 'injectChat', { messages: history.map((v) => v.message), history: listEntries, stream: false });

  watch.armed = true;
  const host = new URL(server).host;
  const column = await addColumnThroughUi(page, { kind: 'chat', account: `@alice@${host}` });
  const columnSelector = `section[data-column-id="${await column.getAttribute('data-column-id')}"]`;
  const freezes: { what: string; ms: number }[] = [];
  const findings: AuditFinding[] = [];
  const measure = async (what: string) => {
    const { evalMs, rafMs } = await responsiveness(page);
    if (evalMs > maxAnswerMs) freezes.push({ what: `${what}: evaluate`, ms: evalMs });
    if (rafMs > maxFrameMs) freezes.push({ what: `${what}: animation frame`, ms: rafMs });
  };
  const audit = async (what: string, rowAttribute: string) => {
    const result = await scrollThrough(page, { columnSelector, rows: Infinity, maxSteps: 200, visitBottom: true, returnToTop: false, rowAttribute });
    expect(result.found, `${what}: the chat column is there`).toBe(true);
    findings.push(...result.findings.map((f) => ({ ...f, noteId: `${what} ${f.noteId}` })));
    if (result.maxStepMs > maxScrollStepMs) freezes.push({ what: `${what}: scroll step`, ms: Math.round(result.maxStepMs) });
    return result;
  };

  // The conversation list, with the hostile strangers in it.
  const bobRow = column.locator(`[data-chat-conversation="user:${users.bob}"]`);
  await expect(bobRow).toBeVisible({ timeout: 15_000 });
  await expect(column.locator('[data-chat-conversation^="user:stranger"]').first()).toBeVisible();
  await measure('conversation list');
  const listAudit = await audit('conversation list', 'data-chat-conversation');
  expect(listAudit.notesRendered, 'the strangers with well-formed entries are listed').toBeGreaterThan(40);

  // History: open bob's conversation, then scroll up until every page has loaded.
  await bobRow.click();
  await expect(column.locator('[data-chat-message-id]').first()).toBeVisible({ timeout: 15_000 });
  const list = column.locator('[data-chat-messages]');
  const mustShow = (variants: ChatVariant[]) => variants.flatMap((v) => (v.mustShow && v.id ? [v.id] : []));
  const wantedHistory = mustShow(history);
  const historyStarted = Date.now();
  await expect
    .poll(
      async () => {
        await measure('paging history');
        await list.evaluate((el) => el.scrollTo({ top: 0 }));
        await list.evaluate((el) => el.dispatchEvent(new Event('scroll')));
        const shown = new Set(await shownIds(column));
        return wantedHistory.filter((id) => !shown.has(id)).map((id) => describeChatVariant(history.find((v) => v.id === id)!));
      },
      { message: 'every well-formed message of the history is shown', timeout: 40_000, intervals: [100, 250, 500] },
    )
    .toEqual([]);
  const historyMs = Date.now() - historyStarted;
  await expect(column.locator(`[data-chat-message-id="${String(base.id)}"]`), 'the real message before them is there too').toHaveCount(1);
  await audit('history', 'data-chat-message-id');

  // Live: the same variants again (new ids) on bob's chatUser stream, in batches, then a plain sentinel.
  const liveStarted = Date.now();
  for (let i = 0; i < live.length; i += 40) {
    await control(server, 'injectChat', { messages: live.slice(i, i + 40).map((v) => v.message), rest: false });
    await measure(`live batch ${i / 40}`);
  }
  const sentinelId = `${String(base.id)}z`;
  await control(server, 'injectChat', { messages: [{ ...base, id: sentinelId, createdAt: new Date().toISOString(), text: 'the end' }] });
  await expect
    .poll(
      async () => {
        await measure('live messages arrive');
        return (await shownIds(column)).includes(sentinelId);
      },
      { message: 'the live messages arrive', timeout: 30_000, intervals: [100, 250, 500] },
    )
    .toBe(true);
  const liveMs = Date.now() - liveStarted;
  const shown = new Set(await shownIds(column));
  const liveMissing = mustShow(live).filter((id) => !shown.has(id));
  await audit('live', 'data-chat-message-id');
  await measure('after everything');
  await page.screenshot({ path: '/tmp/hostile-chat.png' });
  await control(server, 'clearInjected');

  const probe = await watch.probe();
  console.log(
    `hostile-chat report: ${JSON.stringify(
      {
        historyVariants: history.length,
        liveVariants: live.length,
        listEntries: listEntries.length,
        listRowsRendered: listAudit.notesRendered,
        historySeconds: historyMs / 1000,
        liveSeconds: liveMs / 1000,
        maxLongTaskMs: Math.round(probe.maxLongTaskMs),
        freezes,
        pageErrors: [...new Set(watch.pageErrors)].slice(0, 5),
        consoleErrors: [...new Set(watch.consoleErrors)].slice(0, 5),
        failedCommands: [...new Set(watch.commandErrors)].slice(0, 5),
      },
      null,
      2,
    )}`,
  );

  expectNothingHostileHappened({ probe, watch, evil, hostOrigin, findings, items: 'messages' });
  expect(watch.pageErrors, 'no uncaught error in the page').toEqual([]);
  expect(freezes, 'the UI stayed responsive').toEqual([]);
  expect(liveMissing.map((id) => describeChatVariant(live.find((v) => v.id === id)!)), 'every well-formed live message is shown').toEqual([]);
  expect(await appAlive(page, columnSelector)).toBe(true);
});
