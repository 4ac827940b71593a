import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LinkPreview } from '../../../shared/model/linkPreview';
import type { ErrorCode, Result } from '../../../shared/contract/result';
import { coreMessage } from '../../../shared/messages/coreMessage';
import { previewKey, previewState, requestPreview, resetPreviewCache } from './previewCache';

const previewsGet = vi.hoisted(() => vi.fn<(input: unknown) => Promise<Result<LinkPreview | null>>>());
vi.mock('../../bridge', () => ({ getBridge: () => ({ commands: { 'previews.get': previewsGet } }) }));

const url = 'https://news.example/article';
const key = previewKey('a1', 'en', url);
const failure = (code: ErrorCode): Result<never> => ({ ok: false, error: { code, ...coreMessage('lostCore') } });

/** Asks for the preview and waits until the cache holds the core's answer. */
async function ask(): Promise<void> {
  requestPreview('a1', 'en', url);
  await vi.waitFor(() => expect(previewState(key).status).toBe('done'));
}

beforeEach(() => {
  resetPreviewCache();
  previewsGet.mockReset();
});

describe('previewCache', () => {
  it('remembers a preview the server refused or answered malformed (the core says null) and does not ask again', async () => {
    previewsGet.mockResolvedValue({ ok: true, value: null });
    await ask();
    requestPreview('a1', 'en', url);
    expect(previewsGet).toHaveBeenCalledTimes(1);
    expect(previewState(key)).toEqual({ status: 'done', preview: null });
  });

  it('remembers a failure the core answered with (account gone, bad input, internal) and does not ask again', async () => {
    for (const code of ['NOT_FOUND', 'INVALID_INPUT', 'INTERNAL', 'MALFORMED_RESPONSE'] as const) {
      resetPreviewCache();
      previewsGet.mockReset().mockResolvedValue(failure(code));
      await ask();
      requestPreview('a1', 'en', url);
      expect(previewsGet, code).toHaveBeenCalledTimes(1);
      expect(previewState(key), code).toEqual({ status: 'done', preview: null });
    }
  });

  it('asks again after the core could not be reached: link lost, timed out, or the call rejected', async () => {
    const card: LinkPreview = { url, title: 'An article', siteName: null, description: null, thumbnailUrl: null, iconUrl: null, sensitive: false };
    previewsGet
      .mockResolvedValueOnce(failure('NETWORK'))
      .mockResolvedValueOnce(failure('TIMEOUT'))
      .mockRejectedValueOnce(new Error('ipc gone'))
      .mockResolvedValueOnce({ ok: true, value: card });
    for (let attempt = 1; attempt <= 3; attempt++) {
      await ask();
      expect(previewState(key)).toEqual({ status: 'done', preview: null, retry: true });
      expect(previewsGet).toHaveBeenCalledTimes(attempt);
    }
    await ask();
    expect(previewState(key)).toEqual({ status: 'done', preview: card });
    expect(previewsGet).toHaveBeenCalledTimes(4);
  });
});
