import { expect, test, type Locator, type Page } from '@playwright/test';
import { addColumnThroughUi } from './support/addColumnThroughUi';
import { standinApi } from './support/aliceSession';
import { startDeckSession, type DeckSession } from './support/deckSession';
import { signInThroughUi } from './support/signInThroughUi';
import { control } from './support/standinControl';

let session: DeckSession;

test.afterEach(async () => {
  await session?.close();
});

async function twoChatColumns(page: Page, context: Parameters<typeof signInThroughUi>[1]): Promise<{ server: string; alice: Locator; bob: Locator }> {
  session = await startDeckSession();
  const server = session.standinUrl;
  const host = new URL(server).host;
  await page.goto(session.hostUrl);
  await signInThroughUi(page, context, session, server, 'alice');
  await signInThroughUi(page, context, session, server, 'bob');
  await control(server, 'follow', { follower: 'bob', followee: 'alice' });
  const alice = await addColumnThroughUi(page, { kind: 'chat', account: `@alice@${host}` });
  const bob = await addColumnThroughUi(page, { kind: 'chat', account: `@bob@${host}` });
  return { server, alice, bob };
}

const messages = (column: Locator) => column.locator('[data-chat-message-id]');

test('two accounts chat live in two chat columns; a dropped socket during 50 messages loses and doubles none', async ({ page, context }) => {
  test.setTimeout(120_000);
  const { server, alice, bob } = await twoChatColumns(page, context);
  await alice.locator('[data-chat-start-input]').fill('@bob');
  await alice.getByRole('button', { name: 'Start' }).click();
  await alice.locator('[data-chat-input]').fill('Hello **Bob**, this is chat');
  await alice.locator('[data-chat-send]').click();
  await expect(messages(alice)).toHaveCount(1);
  await expect(messages(alice).first().locator('b, strong').first()).toHaveText('Bob');

  const fromAlice = bob.locator('[data-chat-conversation^="user:"]');
  await expect(fromAlice).toBeVisible();
  await fromAlice.click();
  await expect(messages(bob)).toHaveCount(1);
  await bob.locator('[data-chat-input]').fill('Hi Alice!');
  await bob.locator('[data-chat-input]').press('Enter');
  await expect(messages(alice)).toHaveCount(2);
  await expect(messages(alice).last()).toContainText('Hi Alice!');
  await page.screenshot({ path: '/tmp/chat-columns-light.png' });

  // A burst of 50 from bob (REST, native token) with the sockets dropped in the middle.
  const ids = (await control<{ users: Record<string, string> }>(server, 'seeded')).users;
  const sent: string[] = [];
  for (let i = 0; i < 50; i++) {
    if (i === 15) await control(server, 'dropSockets');
    sent.push((await standinApi<{ id: string }>(server, 'chat/messages/create-to-user', { toUserId: ids.alice, text: `burst ${i}` }, 'standinBobToken1')).id);
  }
  await expect(messages(alice)).toHaveCount(52, { timeout: 20_000 });
  const shown = await messages(alice).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-chat-message-id')));
  expect(shown.slice(2)).toEqual(sent);
});

test('a room with three members: create, invite, accept, talk', async ({ page, context }) => {
  test.setTimeout(90_000);
  const { server, alice, bob } = await twoChatColumns(page, context);
  await alice.locator('[data-chat-room-name]').fill('MissDeck testers');
  await alice.locator('[data-chat-create-room]').click();
  await expect(alice.locator('[data-chat-room-tools]')).toBeVisible();
  for (const who of ['@bob', '@admin']) {
    await alice.locator('[data-chat-invite-input]').fill(who);
    await alice.getByRole('button', { name: 'Invite', exact: true }).click();
    await expect(alice.getByRole('status').filter({ hasText: `Invited ${who}` })).toBeVisible();
  }
  await page.reload();
  await expect(bob.locator('[data-chat-invitation]')).toBeVisible();
  await bob.locator('[data-chat-accept]').click();
  const roomId = await bob.locator('[data-chat-conversation-open]').getAttribute('data-chat-conversation-open');
  // admin accepts through the server's API.
  await standinApi(server, 'chat/rooms/join', { roomId: roomId!.slice('room:'.length) }, 'standinAdminTok1');
  await bob.locator('[data-chat-members-button]').click();
  await expect(bob.locator('[data-chat-member]')).toHaveCount(3);
  await bob.locator('[data-chat-input]').fill('Hello room');
  await bob.locator('[data-chat-send]').click();
  await standinApi(server, 'chat/messages/create-to-room', { toRoomId: roomId!.slice('room:'.length), text: 'admin here' }, 'standinAdminTok1');
  await expect(messages(bob)).toHaveCount(2);
  // The reload put alice's column back on its list: the room is there, newest first.
  await alice.locator(`[data-chat-conversation="${roomId}"]`).click();
  await expect(messages(alice)).toHaveCount(2);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/chat-room-dark.png' });
});

test('a user who does not accept chat from this account is said so before typing', async ({ page, context }) => {
  test.setTimeout(60_000);
  const { alice } = await twoChatColumns(page, context);
  await alice.locator('[data-chat-start-input]').fill('@admin');
  await alice.getByRole('button', { name: 'Start' }).click();
  await expect(alice.locator('[data-chat-cannot-send="mutual"]')).toBeVisible();
  await expect(alice.locator('[data-chat-input]')).toHaveCount(0);
});
