import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from './server';

const recorded = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../shared/fixtures/misskey/reading/${name}.json`, import.meta.url), 'utf8')) as { status: number; headers: Record<string, string>; response: unknown };

let s: Standin;
beforeAll(async () => {
  s = await startStandin();
});
afterAll(() => s.close());

const preview = (query: string) => fetch(`${s.url}/url${query}`);

describe('GET /url', () => {
  it('fails as recorded for pages it cannot fetch, and answers 400 with an empty body without url', async () => {
    const external = recorded('url-preview-external');
    const failed = await preview(`?url=${encodeURIComponent('https://example.com/')}&lang=en-US`);
    expect(failed.status).toBe(external.status);
    expect(failed.headers.get('cache-control')).toBe(external.headers['cache-control']);
    expect(await failed.json()).toEqual(external.response);
    const loopback = await preview(`?url=${encodeURIComponent(s.url)}&lang=en-US`);
    expect(loopback.status).toBe(recorded('url-preview-loopback').status);

    const missing = await preview('');
    expect(missing.status).toBe(recorded('url-preview-missing-url').status);
    expect(await missing.text()).toBe('');
  });

  it('answers summaly’s result for its modelled pages, images wrapped by its media proxy', async () => {
    const ok = await preview(`?url=${encodeURIComponent('https://preview.example/article')}&lang=ja-JP`);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['title', 'icon', 'description', 'thumbnail', 'sitename', 'player', 'sensitive', 'activityPub', 'url']);
    expect(body).toMatchObject({ title: 'MissDeck にリンクプレビューが付きました', sensitive: false, url: 'https://preview.example/article' });
    const thumb = await fetch(body.thumbnail as string);
    expect([thumb.status, thumb.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect((await fetch(`${s.url}/proxy/preview.webp?url=${encodeURIComponent('https://elsewhere.example/a.png')}`)).status).toBe(404);
  });

  it('previews any page under /posts/ as a page of its own (one per flood note)', async () => {
    const ok = await preview(`?url=${encodeURIComponent('https://preview.example/posts/v42')}&lang=en-US`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ title: 'Release notes: v42', url: 'https://preview.example/posts/v42' });
    expect((await preview(`?url=${encodeURIComponent('https://preview.example/elsewhere')}`)).status).toBe(422);
  });
});
