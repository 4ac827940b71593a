import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './errors';
import { solidPng } from './files';

/*
 * Misskey's `GET /url` (UrlPreviewService, built-in summaly) and the media proxy it points images at.
 *
 * MODELLED, NOT RECORDED: the recording server had no internet, so no successful preview could be
 * recorded. The success answers below are built from summaly's result fields (title, icon,
 * description, thumbnail, sitename, player, sensitive, activityPub, url) as Misskey's
 * UrlPreviewService returns them: icon and thumbnail wrapped as `{mediaProxy}/preview.webp?url=…&preview=1`
 * (Misskey also adds a `sign`), `Cache-Control: max-age=604800, immutable`. Only the URLs in
 * `previewPages`, and any page under `/posts/` (one per link, for the flood bench), succeed. Everything else answers as recorded (reading/url-preview-external.json,
 * url-preview-loopback.json): 422 URL_PREVIEW_FAILED with `Cache-Control: max-age=86400, immutable`;
 * no `url` parameter → 400 with an empty body (url-preview-missing-url.json).
 * The media proxy serves small PNGs (the real one converts to WebP) for the modelled pages' images only.
 */

interface PreviewPage {
  title: Record<'en' | 'ja', string>;
  description: Record<'en' | 'ja', string> | null;
  sitename: string;
  thumbnail: string | null;
  icon: string | null;
  sensitive: boolean;
}

const site = 'https://preview.example';

/** The links the stand-in can preview, by URL (without fragment). */
export const previewPages: Record<string, PreviewPage> = {
  [`${site}/article`]: {
    title: { en: 'MissDeck gets link previews', ja: 'MissDeck にリンクプレビューが付きました' },
    description: {
      en: 'A compact card with the title, the site, a short description and a thumbnail, from your server’s own preview proxy.',
      ja: 'タイトル、サイト名、短い説明とサムネイルの小さなカード。プレビューはあなたのサーバーのプロキシから取得します。',
    },
    sitename: 'Preview Example',
    thumbnail: `${site}/images/article.png`,
    icon: `${site}/favicon.png`,
    sensitive: false,
  },
  [`${site}/sensitive`]: {
    title: { en: 'A page marked sensitive', ja: 'センシティブ指定のページ' },
    description: { en: 'Its card stays blurred until clicked.', ja: 'クリックするまでカードはぼかされます。' },
    sitename: 'Preview Example',
    thumbnail: `${site}/images/sensitive.png`,
    icon: `${site}/favicon.png`,
    sensitive: true,
  },
  [`${site}/hostile`]: {
    title: { en: '<script>alert("title")</script>', ja: '<script>alert("title")</script>' },
    description: { en: `<img src=x onerror=alert(1)> ${'long '.repeat(400)}`, ja: `<img src=x onerror=alert(1)> ${'long '.repeat(400)}` },
    sitename: '\u202Egnp.exe',
    thumbnail: 'javascript:alert(1)',
    icon: 'data:image/png;base64,AAAA',
    sensitive: false,
  },
};

/** `https://preview.example/posts/<anything>`: a page of its own per link, as the real web has (the flood bench links one per note). */
function postPage(key: string): PreviewPage | undefined {
  if (!key.startsWith(`${site}/posts/`)) return undefined;
  const name = decodeURIComponent(key.slice(`${site}/posts/`.length)).slice(0, 80);
  return {
    title: { en: `Release notes: ${name}`, ja: `リリースノート: ${name}` },
    description: { en: 'What changed in this release, in short.', ja: 'このリリースの変更点のまとめ。' },
    sitename: 'Preview Example',
    thumbnail: `${site}/images/article.png`,
    icon: `${site}/favicon.png`,
    sensitive: false,
  };
}

const proxiedImages: Record<string, [number, number, number]> = {
  [`${site}/images/article.png`]: [0x3b, 0x82, 0xf6],
  [`${site}/images/sensitive.png`]: [0xdc, 0x26, 0x26],
  [`${site}/favicon.png`]: [0xf5, 0x9e, 0x0b],
};

const failedBody = {
  error: { message: 'Failed to get preview', code: 'URL_PREVIEW_FAILED', id: '09d01cb5-53b9-4856-82e5-38a50c290a3b', kind: 'client' },
};

function wrap(baseUrl: string, url: string | null): string | null {
  if (url === null || !/^https?:\/\//.test(url)) return url;
  return `${baseUrl}/proxy/preview.webp?${new URLSearchParams({ url, preview: '1' }).toString()}`;
}

export function handleUrlPreview(res: ServerResponse, url: URL, baseUrl: string): void {
  const target = url.searchParams.get('url');
  if (target === null) {
    res.writeHead(400, { 'content-length': '0' });
    res.end();
    return;
  }
  const lang = url.searchParams.get('lang')?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
  let key = target;
  try {
    const parsed = new URL(target);
    parsed.hash = '';
    key = parsed.href;
  } catch {
    // not a URL: summaly fails on it, as on any page it cannot fetch
  }
  const page = previewPages[key] ?? postPage(key);
  if (!page) {
    sendJson(res, 422, failedBody, { 'cache-control': 'max-age=86400, immutable' });
    return;
  }
  sendJson(
    res,
    200,
    {
      title: page.title[lang],
      icon: wrap(baseUrl, page.icon),
      description: page.description?.[lang] ?? null,
      thumbnail: wrap(baseUrl, page.thumbnail),
      sitename: page.sitename,
      player: { url: null, width: null, height: null, allow: [] },
      sensitive: page.sensitive,
      activityPub: null,
      url: key,
    },
    { 'cache-control': 'max-age=604800, immutable' },
  );
}

const pngs = new Map<string, Buffer>();

/** `/proxy/<name>?url=…`: a PNG for the modelled pages' images, 404 otherwise. */
export function handleMediaProxy(req: IncomingMessage, res: ServerResponse, url: URL): void {
  const source = url.searchParams.get('url') ?? '';
  const color = proxiedImages[source];
  if (!color) {
    sendJson(res, 404, { message: 'Not Found', error: 'Not Found', statusCode: 404 });
    return;
  }
  let png = pngs.get(source);
  if (!png) pngs.set(source, (png = solidPng(64, color)));
  res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(png.length), 'cache-control': 'max-age=31536000, immutable' });
  res.end(req.method === 'HEAD' ? undefined : png);
}
