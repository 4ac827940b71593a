import { describe, expect, it } from 'vitest';
import type { UserDetailed } from '../../../shared/model/content';
import { memoryStore, quietLogger, testCipher } from '../../../e2e/support/core/coreHarness';
import { readFixture } from '../../../e2e/support/core/fixtures';
import { contentTestbed, fakeServers, type FakeRoute } from '../../../e2e/support/core/contentTestbed';
import { parseMentionQuery } from './searchUsers';

const origin = 'https://misskey.example';

function setup(routes: Record<string, FakeRoute | FakeRoute[]>) {
  const servers = fakeServers({ [origin]: routes });
  const bed = contentTestbed({ fetch: servers.fetch, store: memoryStore(), cipher: testCipher(), logger: quietLogger() });
  const sent = (endpoint: string) => servers.requests.filter((r) => r.endpoint === endpoint).map(({ body }) => ({ ...body, i: undefined }));
  return { ...bed, servers, sent, accountId: bed.addAccount(origin, 'bob') };
}

describe('users.show', () => {
  it('finds a user by id, or by username and host', async () => {
    const exchange = readFixture('users/users-show-by-username.json');
    const { call, accountId, sent } = setup({ 'users/show': exchange });
    const user = await call<UserDetailed>('users.show', { accountId, username: 'alice' });
    expect(user).toEqual(exchange.response);
    await call('users.show', { accountId, username: 'alice', host: 'other.example' });
    await call('users.show', { accountId, userId: 'atzriml9nke00004' });
    expect(sent('users/show')).toEqual([
      { username: 'alice', i: undefined },
      { username: 'alice', host: 'other.example', i: undefined },
      { userId: 'atzriml9nke00004', i: undefined },
    ]);
  });

  it('fails as NOT_FOUND for an unknown user, and asks for an id or a username', async () => {
    const { callResult, accountId, servers } = setup({ 'users/show': readFixture('errors/no-such-user.json') });
    await expect(callResult('users.show', { accountId, username: 'nobody' })).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no such user.', messageKey: 'noSuchUser', misskeyCode: 'NO_SUCH_USER' },
    });
    await expect(callResult('users.show', { accountId })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(servers.count('users/show')).toBe(1);
  });
});

describe('users.follow', () => {
  it('follows and unfollows; following twice or unfollowing twice is not an error', async () => {
    const notFollowing = { status: 400, response: { error: { message: 'You are not following that user.', code: 'NOT_FOLLOWING', id: '5dbf82f5-c92b-40b1-87d1-6c8c0741fd09', kind: 'client' } } };
    const { call, accountId, sent } = setup({
      'following/create': [readFixture('users/following-create.json'), readFixture('errors/already-following.json')],
      'following/delete': [readFixture('users/following-delete.json'), notFollowing],
    });
    for (const follow of [true, true, false, false]) await expect(call('users.follow', { accountId, userId: 'u1', follow })).resolves.toBeNull();
    expect(sent('following/create')).toEqual([
      { userId: 'u1', i: undefined },
      { userId: 'u1', i: undefined },
    ]);
  });

  it('explains following yourself', async () => {
    const { callResult, accountId } = setup({ 'following/create': readFixture('errors/follow-self.json') });
    await expect(callResult('users.follow', { accountId, userId: 'me', follow: true })).resolves.toMatchObject({
      ok: false,
      error: { code: 'MISSKEY_ERROR', message: 'You cannot follow yourself.', messageKey: 'cannotFollowSelf', misskeyCode: 'FOLLOWEE_IS_YOURSELF' },
    });
  });
});

describe('users.search', () => {
  it('reads a mention being typed as a username prefix and an optional host', () => {
    expect(parseMentionQuery('ali')).toEqual({ username: 'ali', host: null });
    expect(parseMentionQuery('@ali')).toEqual({ username: 'ali', host: null });
    expect(parseMentionQuery('@ali@misskey.io')).toEqual({ username: 'ali', host: 'misskey.io' });
    expect(parseMentionQuery('ali@')).toEqual({ username: 'ali', host: null });
  });

  it('asks users/search-by-username-and-host without detail, with the limit', async () => {
    const users = [(readFixture('users/users-show-by-username.json').response as { id: string }).id];
    const { call, accountId, sent } = setup({ 'users/search-by-username-and-host': { status: 200, response: users.map((id) => ({ id, username: 'alice' })) } });
    await expect(call('users.search', { accountId, query: '@al@misskey.example', limit: 5 })).resolves.toEqual([{ id: users[0], username: 'alice' }]);
    await call('users.search', { accountId, query: 'al' });
    expect(sent('users/search-by-username-and-host')).toEqual([
      { username: 'al', host: 'misskey.example', limit: 5, detail: false, i: undefined },
      { username: 'al', limit: 10, detail: false, i: undefined },
    ]);
  });

  it('answers nothing for a lone @ without asking', async () => {
    const { call, accountId, servers } = setup({});
    await expect(call('users.search', { accountId, query: '@' })).resolves.toEqual([]);
    expect(servers.requests).toHaveLength(0);
  });
});
