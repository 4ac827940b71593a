import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { boundaryOf, parseMultipart } from '../../../e2e/standin/multipart';
import type { DriveFileView } from '../../../shared/model/content';
import { memoryStore, quietLogger, testCipher } from '../../../e2e/support/core/coreHarness';
import { readFixture } from '../../../e2e/support/core/fixtures';
import { contentTestbed, fakeServers, type FakeRoute } from '../../../e2e/support/core/contentTestbed';
import { uploadFile } from './uploadFile';

const origin = 'https://misskey.example';
const me = readFixture('auth/i-login-token-in-body.json'); // policies.maxFileSizeMb: 30
const created = readFixture('drive/drive-files-create-multipart.json');

/** Reads a request body the way a slow link would: one chunk at a time, with a pause after each. */
async function readSlowly(request: Request): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  if (!request.body) return Buffer.alloc(0);
  for await (const chunk of request.body) {
    chunks.push(chunk);
    await sleep(15);
  }
  return Buffer.concat(chunks);
}

function setup(routes: Record<string, FakeRoute | FakeRoute[]>, slow = false) {
  const servers = fakeServers({ [origin]: { i: me, ...routes } }, slow ? readSlowly : undefined);
  const bed = contentTestbed({ fetch: servers.fetch, store: memoryStore(), cipher: testCipher(), logger: quietLogger() });
  return { ...bed, servers, accountId: bed.addAccount(origin, 'alice', 'aliceToken') };
}

describe('drive.upload', () => {
  it('sends multipart/form-data in chunks, reports progress as it goes, and answers the drive file', async () => {
    const bytes = randomBytes(1024 * 1024 + 123);
    const { call, accountId, servers, progress } = setup({ 'drive/files/create': created }, true);
    const file = await call<DriveFileView>('drive.upload', {
      accountId,
      uploadId: 'up1',
      name: 'tile "1".png',
      type: 'image/png',
      dataBase64: bytes.toString('base64'),
      isSensitive: true,
      comment: 'A pink rounded tile with the word Hi',
    });
    expect(file).toEqual(created.response);

    const [request] = servers.requests.filter((r) => r.endpoint === 'drive/files/create');
    const form = parseMultipart(request!.raw, boundaryOf(request!.contentType ?? undefined)!);
    expect(form.fields).toEqual({ i: 'aliceToken', name: 'tile "1".png', isSensitive: 'true', comment: 'A pink rounded tile with the word Hi' });
    expect(form.files.file).toMatchObject({ filename: 'tile %221%22.png', contentType: 'image/png' });
    expect(Buffer.compare(form.files.file!.bytes, bytes)).toBe(0);

    // Several throttled reports (not one per 64 KiB chunk), growing, the last one complete.
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress.length).toBeLessThan(18);
    expect(progress.every((p) => p.uploadId === 'up1' && p.total === request!.raw.length)).toBe(true);
    expect(progress.map((p) => p.loaded)).toEqual([...progress.map((p) => p.loaded)].sort((a, b) => a - b));
    expect(progress.at(-1)!.loaded).toBe(request!.raw.length);
  });

  it('refuses a file larger than the account’s policy allows, before sending any of it', async () => {
    const { callResult, accountId, servers, progress } = setup({ 'drive/files/create': created });
    const tooLarge = Buffer.alloc(30 * 1024 * 1024 + 1);
    await expect(callResult('drive.upload', { accountId, uploadId: 'up2', name: 'big.bin', type: 'application/octet-stream', dataBase64: tooLarge.toString('base64') })).resolves.toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: '“big.bin” is 30.1 MB; misskey.example accepts files up to 30 MB.',
        messageKey: 'fileTooLarge',
        params: { name: 'big.bin', host: 'misskey.example', size: '30.1 MB', limit: '30 MB' },
      },
    });
    expect(servers.count('drive/files/create')).toBe(0);
    expect(progress).toEqual([]);
  });

  it('uses 200 MB when the server does not say', async () => {
    const { callResult, accountId, servers } = setup({ i: { status: 200, response: { id: 'me' } }, 'drive/files/create': created });
    await expect(callResult('drive.upload', { accountId, uploadId: 'up3', name: 'a.txt', type: 'text/plain', dataBase64: Buffer.from('hello').toString('base64') })).resolves.toMatchObject({ ok: true });
    expect(servers.count('drive/files/create')).toBe(1);
  });

  it('refuses data that is not base64', async () => {
    const { callResult, accountId, servers } = setup({});
    await expect(callResult('drive.upload', { accountId, uploadId: 'up4', name: 'a.txt', type: 'text/plain', dataBase64: 'not base64!' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(servers.requests).toHaveLength(0);
  });

  it('marks the account for sign-in when the server refuses its token', async () => {
    const { callResult, accountId, signedOut, accounts } = setup({ 'drive/files/create': readFixture('errors/invalid-token-body.json') });
    await expect(callResult('drive.upload', { accountId, uploadId: 'up5', name: 'a.txt', type: 'text/plain', dataBase64: 'aGk=' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(signedOut).toEqual([accountId]);
    expect(accounts.isUsable(accountId)).toBe(false);
  });

  it('explains the server’s refusals', async () => {
    const noFreeSpace = { status: 400, response: { error: { message: 'Cannot upload the file because you have no free space of drive.', code: 'NO_FREE_SPACE', id: 'd08dbc37-a6a9-463a-8c47-96c32ab5f064', kind: 'client' } } };
    const { callResult, accountId } = setup({ 'drive/files/create': noFreeSpace });
    await expect(callResult('drive.upload', { accountId, uploadId: 'up6', name: 'a.txt', type: 'text/plain', dataBase64: 'aGk=' })).resolves.toEqual({
      ok: false,
      error: { code: 'MISSKEY_ERROR', message: 'Your drive is full: delete some files on the server and try again.', messageKey: 'driveFull', misskeyCode: 'NO_FREE_SPACE' },
    });
  });
});

describe('uploadFile', () => {
  it('gives up with TIMEOUT when the upload stops moving', async () => {
    const servers = fakeServers({ [origin]: { i: me } });
    const stalled = (async (input: string | URL | Request, init?: RequestInit) => {
      if (String(input).endsWith('/api/i')) return servers.fetch(input, init);
      // Reads nothing and never answers: only the inactivity timeout can end this.
      return new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    }) as typeof fetch;
    const bed = contentTestbed({ fetch: stalled, store: memoryStore(), cipher: testCipher(), logger: quietLogger() });
    const accountId = bed.addAccount(origin, 'alice');
    const started = Date.now();
    await expect(
      uploadFile(
        { accounts: bed.accounts, fetch: stalled, emitUploadProgress: () => undefined, tuning: { idleTimeoutMs: 100 } },
        { accountId, uploadId: 'u', name: 'a.txt', type: 'text/plain', dataBase64: 'aGk=' },
      ),
    ).rejects.toMatchObject({ error: { code: 'TIMEOUT' } });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('drive.update', () => {
  it('changes sensitivity and caption', async () => {
    const { call, accountId, servers } = setup({ 'drive/files/update': created });
    await expect(call('drive.update', { accountId, fileId: 'f1', isSensitive: false, comment: null })).resolves.toEqual(created.response);
    expect(servers.requests.at(-1)!.body).toEqual({ fileId: 'f1', isSensitive: false, comment: null, i: 'aliceToken' });
  });
});
