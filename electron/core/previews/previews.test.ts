import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkPreviewLimits } from '../../../shared/model/linkPreview';
import { ExpiringLru } from './expiringLru';
import { requestLink } from './linkPreviews';
import { PerKeyLimit } from './perKeyLimit';
import { proxiedPreviewImage } from './mediaProxy';
import { parsePreviewAnswer, plainText } from './previewAnswer';
import { previewTimeoutMs, requestPreview } from './requestPreview';

const proxy = 'https://misskey.example/proxy';
const link = 'https://news.example/article';
/** summaly's result as Misskey's `/url` answers it (icon and thumbnail already wrapped by the server). */
const summary = {
  title: 'An article',
  icon: `${proxy}/preview.webp?url=https%3A%2F%2Fnews.example%2Ffavicon.ico&sign=abc&preview=1`,
  description: 'What happened today.',
  thumbnail: 'https://news.example/og.png',
  sitename: 'News',
  player: { url: 'https://news.example/embed', width: 640, height: 360, allow: ['autoplay'] },
  sensitive: false,
  activityPub: null,
  url: link,
};

describe('parsePreviewAnswer', () => {
  it('reads summaly fields into a card, keeps a server-proxied icon and proxies a raw thumbnail', () => {
    expect(parsePreviewAnswer(summary, link, proxy)).toEqual({
      url: link,
      title: 'An article',
      siteName: 'News',
      description: 'What happened today.',
      iconUrl: summary.icon,
      thumbnailUrl: `${proxy}/preview.webp?url=https%3A%2F%2Fnews.example%2Fog.png&fallback=1&preview=1`,
      sensitive: false,
    });
  });

  it('keeps a script in the title as inert, one-line text', () => {
    const card = parsePreviewAnswer({ ...summary, title: '<script>alert(1)</script>\n<img src=x onerror=alert(2)>' }, link, proxy);
    expect(card?.title).toBe('<script>alert(1)</script> <img src=x onerror=alert(2)>');
  });

  it('drops javascript:, data: and file: image URLs and refuses a javascript: page URL', () => {
    const card = parsePreviewAnswer({ ...summary, thumbnail: 'javascript:alert(1)', icon: 'data:image/png;base64,AAAA' }, link, proxy);
    expect(card).toMatchObject({ thumbnailUrl: null, iconUrl: null, title: 'An article' });
    expect(parsePreviewAnswer({ ...summary, thumbnail: 'file:///etc/passwd' }, link, proxy)?.thumbnailUrl).toBeNull();
    expect(parsePreviewAnswer({ ...summary, url: 'javascript:alert(1)' }, link, proxy)).toBeNull();
    expect(parsePreviewAnswer(summary, 'javascript:alert(1)', proxy)).toBeNull();
  });

  it('clamps huge fields and removes bidi overrides and control characters', () => {
    const huge = 'x'.repeat(5_000_000);
    const card = parsePreviewAnswer({ ...summary, title: huge, description: huge, sitename: `\u202Egnp.exe${huge}` }, link, proxy)!;
    expect([...card.title].length).toBe(linkPreviewLimits.title);
    expect(card.title.endsWith('…')).toBe(true);
    expect([...card.description!].length).toBe(linkPreviewLimits.description);
    expect(card.siteName!.startsWith('gnp.exe')).toBe(true);
    expect([...card.siteName!].length).toBe(linkPreviewLimits.siteName);
    expect(parsePreviewAnswer({ ...summary, thumbnail: `https://a.example/${'a'.repeat(3000)}` }, link, proxy)?.thumbnailUrl).toBeNull();
  });

  it('never cuts a surrogate pair when clamping', () => {
    expect(plainText('😀'.repeat(10), 5)).toBe('😀😀😀😀…');
  });

  it('is null for answers that are not summaly results', () => {
    for (const bad of [null, 'text', 42, [], {}, { error: { code: 'URL_PREVIEW_FAILED' } }, { ...summary, title: 42 }, { ...summary, url: undefined }, { ...summary, sensitive: 'yes' }]) {
      expect(parsePreviewAnswer(bad, link, proxy)).toBeNull();
    }
  });

  it('is null when there is nothing to show, and falls back to the site name or host for a missing title', () => {
    expect(parsePreviewAnswer({ ...summary, title: null, description: '  ' }, link, proxy)).toBeNull();
    expect(parsePreviewAnswer({ ...summary, title: null }, link, proxy)?.title).toBe('News');
    expect(parsePreviewAnswer({ ...summary, title: ' ', sitename: null }, link, proxy)?.title).toBe('news.example');
  });

  it('marks sensitive pages and shows no images without a media proxy', () => {
    expect(parsePreviewAnswer({ ...summary, sensitive: true }, link, proxy)?.sensitive).toBe(true);
    expect(parsePreviewAnswer(summary, link, null)).toMatchObject({ thumbnailUrl: null, iconUrl: null });
  });
});

describe('requestLink', () => {
  it('asks without the fragment, and about YouTube Music pages as YouTube ones, as MkUrlPreview does', () => {
    expect(requestLink('https://a.example/page?x=1#part')).toBe('https://a.example/page?x=1');
    expect(requestLink('https://music.youtube.com/watch?v=abc')).toBe('https://www.youtube.com/watch?v=abc');
    expect(requestLink('https://music.youtube.com/library')).toBe('https://music.youtube.com/library');
  });
});

describe('proxiedPreviewImage', () => {
  it('wraps as getProxiedImageUrl(url, "preview") does and keeps URLs already under the proxy', () => {
    expect(proxiedPreviewImage('http://img.example/a b.png', proxy)).toBe(`${proxy}/preview.webp?url=http%3A%2F%2Fimg.example%2Fa+b.png&fallback=1&preview=1`);
    expect(proxiedPreviewImage(`${proxy}/preview.webp?url=x`, proxy)).toBe(`${proxy}/preview.webp?url=x`);
    expect(proxiedPreviewImage(`${proxy}evil.example/x.png`, proxy)).toBe(`${proxy}/preview.webp?url=${encodeURIComponent(`${proxy}evil.example/x.png`).replace(/%20/g, '+')}&fallback=1&preview=1`);
    expect(proxiedPreviewImage('https://img.example/a.png', null)).toBeNull();
  });
});

describe('ExpiringLru', () => {
  it('shares one load between concurrent gets and serves the value until it expires', async () => {
    let now = 0;
    const cache = new ExpiringLru<string>(10, () => now);
    let loads = 0;
    const load = async () => ({ value: `v${++loads}`, ttlMs: 100 });
    const [a, b] = await Promise.all([cache.get('k', load), cache.get('k', load)]);
    expect([a, b, loads]).toEqual(['v1', 'v1', 1]);
    now = 99;
    expect(await cache.get('k', load)).toBe('v1');
    now = 100;
    expect(await cache.get('k', load)).toBe('v2');
  });

  it('is bounded: the least recently used entry goes first', async () => {
    const cache = new ExpiringLru<string>(2);
    const value = (v: string) => async () => ({ value: v, ttlMs: 1000 });
    await cache.get('a', value('a'));
    await cache.get('b', value('b'));
    await cache.get('a', value('a again'));
    await cache.get('c', value('c'));
    expect(cache.size).toBe(2);
    expect(await cache.get('a', value('a reloaded'))).toBe('a');
    expect(await cache.get('b', value('b reloaded'))).toBe('b reloaded');
  });

  it('keeps no failed load and no zero-ttl value', async () => {
    const cache = new ExpiringLru<string>(2);
    await expect(cache.get('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('k', async () => ({ value: 'once', ttlMs: 0 }))).toBe('once');
    expect(cache.size).toBe(0);
  });
});

describe('PerKeyLimit', () => {
  it('runs at most max tasks per key at once, the rest in order as slots free', async () => {
    const limit = new PerKeyLimit(2);
    const started: string[] = [];
    const finish = new Map<string, () => void>();
    const task = (name: string) => () =>
      new Promise<string>((resolve) => {
        started.push(name);
        finish.set(name, () => resolve(name));
      });
    const results = ['a', 'b', 'c', 'd'].map((name) => limit.run('server', task(name)));
    const other = limit.run('elsewhere', task('x'));
    await vi.waitFor(() => expect(started).toEqual(['a', 'b', 'x']));
    finish.get('b')!();
    await vi.waitFor(() => expect(started).toEqual(['a', 'b', 'x', 'c']));
    void limit.run('server', task('e'));
    finish.get('a')!();
    await vi.waitFor(() => expect(started).toEqual(['a', 'b', 'x', 'c', 'd']));
    finish.get('c')!();
    finish.get('d')!();
    finish.get('x')!();
    await vi.waitFor(() => expect(started).toContain('e'));
    expect(await Promise.all([...results, other])).toEqual(['a', 'b', 'c', 'd', 'x']);
  });

  it('frees the slot when a task throws', async () => {
    const limit = new PerKeyLimit(1);
    await expect(limit.run('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit.run('k', async () => 'next')).toBe('next');
  });
});

describe('requestPreview', () => {
  afterEach(() => vi.useRealTimers());

  const respond = (body: BodyInit | null, status = 200, headers: Record<string, string> = {}) => vi.fn(async () => new Response(body, { status, headers }));

  it('asks GET {origin}/url?url=…&lang=… without credentials or redirects', async () => {
    const fetch = respond(JSON.stringify(summary));
    expect(await requestPreview('https://misskey.example', 'https://a.example/?q=1&r=2', 'ja', { fetch })).toEqual({ kind: 'answer', body: summary });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://misskey.example/url?url=https%3A%2F%2Fa.example%2F%3Fq%3D1%26r%3D2&lang=ja-JP');
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', redirect: 'error' });
  });

  it('gives up after 5 s', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn((_url: string, init?: RequestInit) => new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    const answer = requestPreview('https://misskey.example', link, 'en', { fetch: fetch as unknown as typeof globalThis.fetch });
    await vi.advanceTimersByTimeAsync(previewTimeoutMs - 1);
    expect(fetch.mock.calls[0]?.[1]?.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await answer).toEqual({ kind: 'unavailable' });
  });

  it('sorts the recorded 422, other 4xx, 5xx, 429, non-JSON and oversized answers', async () => {
    const failed = JSON.stringify({ error: { message: 'Failed to get preview', code: 'URL_PREVIEW_FAILED', id: '09d01cb5-53b9-4856-82e5-38a50c290a3b', kind: 'client' } });
    const ask = (fetch: typeof globalThis.fetch) => requestPreview('https://misskey.example', link, 'en', { fetch, maxBytes: 1000 });
    expect(await ask(respond(failed, 422, { 'cache-control': 'max-age=86400, immutable' }))).toEqual({ kind: 'failed' });
    expect(await ask(respond(null, 400))).toEqual({ kind: 'failed' });
    expect(await ask(respond('oops', 502))).toEqual({ kind: 'unavailable' });
    expect(await ask(respond('{}', 429))).toEqual({ kind: 'unavailable' });
    expect(await ask(respond('<html>'))).toEqual({ kind: 'failed' });
    expect(await ask(respond(JSON.stringify({ title: 'x'.repeat(2000) })))).toEqual({ kind: 'failed' });
    expect(await ask(vi.fn(async () => Promise.reject(new TypeError('fetch failed'))))).toEqual({ kind: 'unavailable' });
  });
});
