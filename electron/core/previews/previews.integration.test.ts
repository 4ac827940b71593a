import { describe, expect, it } from 'vitest';
import type { LinkPreview } from '../../../shared/model/linkPreview';
import { signIn, type Standin } from '../../../e2e/support/core/coreHarness';
import { useTwoServers } from '../../../e2e/support/core/twoServers';

const servers = useTwoServers();
const previewRequests = (server: Standin) => server.log().requests.filter((r) => r.path === '/url').length;

async function aliceOn(server: () => Standin) {
  const harness = await servers.boot();
  const accountId = await signIn(harness, server(), 'alice');
  const preview = (url: string, lang: 'en' | 'ja' = 'en') => harness.call<LinkPreview | null>('previews.get', { accountId, url, lang });
  return { harness, accountId, preview };
}

describe('previews.get on the stand-in', () => {
  it('asks the account’s server and gets a card whose images come through that server’s media proxy', async () => {
    const { preview } = await aliceOn(() => servers.serverA);
    const card = await preview('https://preview.example/article#comments');
    expect(card).toMatchObject({ url: 'https://preview.example/article#comments', title: 'MissDeck gets link previews', siteName: 'Preview Example', sensitive: false });
    expect(card!.thumbnailUrl!.startsWith(`${servers.serverA.url}/proxy/preview.webp?`)).toBe(true);
    const image = await fetch(card!.thumbnailUrl!);
    expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(previewRequests(servers.serverB)).toBe(0);
    expect((await preview('https://preview.example/article', 'ja'))?.title).toBe('MissDeck にリンクプレビューが付きました');
  });

  it('answers null for the recorded 422, and caches by URL with concurrent asks sharing one request', async () => {
    const { preview } = await aliceOn(() => servers.serverA);
    const before = previewRequests(servers.serverA);
    const answers = await Promise.all([preview('https://example.com/'), preview('https://example.com/'), preview('https://example.com/#x')]);
    expect(answers).toEqual([null, null, null]);
    expect(await preview('https://example.com/')).toBeNull();
    expect(previewRequests(servers.serverA) - before).toBe(1);
    await Promise.all([preview('https://preview.example/sensitive'), preview('https://preview.example/sensitive')]);
    expect((await preview('https://preview.example/sensitive'))?.sensitive).toBe(true);
    expect(previewRequests(servers.serverA) - before).toBe(2);
  });

  it('turns a hostile preview into plain, clamped text without unsafe images, and asks nothing for non-http links', async () => {
    const { preview, harness, accountId } = await aliceOn(() => servers.serverA);
    const card = await preview('https://preview.example/hostile');
    expect(card).toMatchObject({ title: '<script>alert("title")</script>', thumbnailUrl: null, iconUrl: null, siteName: 'gnp.exe' });
    expect(card!.description!.length).toBeLessThanOrEqual(300);
    const before = previewRequests(servers.serverA);
    expect(await preview('javascript:alert(1)')).toBeNull();
    expect(previewRequests(servers.serverA)).toBe(before);
    expect((await harness.callResult('previews.get', { accountId, url: 'x'.repeat(3000), lang: 'en' })).ok).toBe(false);
  });
});
