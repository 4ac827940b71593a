import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startHost, type Host } from './hostServer';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

let host: Host | null = null;
let dir = '';
afterEach(async () => {
  await host?.close();
  host = null;
  rmSync(dir, { recursive: true, force: true });
});

describe('host: the page MiAuth sends the browser back to', () => {
  it('says the sign-in was received, in the browser language (Japanese or English)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'missdeck-host-'));
    host = await startHost({ dataDir: dir, rendererDir: dir, callback: 'loopback', logger: quiet });
    const get = (language: string) => fetch(`${host!.origin}/auth/callback?session=nope`, { headers: { 'accept-language': language } }).then(async (r) => ({ status: r.status, text: await r.text() }));
    const ja = await get('ja-JP,ja;q=0.9,en;q=0.8');
    expect(ja.status).toBe(200);
    expect(ja.text).toContain('<html lang="ja">');
    expect(ja.text).toContain('サインインを受け付けました');
    const en = await get('en-GB,en;q=0.9');
    expect(en.text).toContain('<html lang="en">');
    expect(en.text).toContain('Sign-in received');
    expect((await get('fr, ja;q=0.5')).text).toContain('Sign-in received');
  });
});

describe('host: the page itself', () => {
  const pageHeaders = async (crossOriginIsolated?: boolean) => {
    dir = mkdtempSync(join(tmpdir(), 'missdeck-host-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>MissDeck</title>');
    host = await startHost({ dataDir: join(dir, 'data'), rendererDir: dir, callback: 'loopback', logger: quiet, crossOriginIsolated });
    const response = await fetch(`${host.origin}/`);
    expect(response.status).toBe(200);
    return response.headers;
  };

  it('is cross-origin isolated only when asked (the bench, for precise timers), remote images still allowed', async () => {
    const isolated = await pageHeaders(true);
    expect(isolated.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(isolated.get('cross-origin-embedder-policy')).toBe('credentialless');
    expect(isolated.get('content-security-policy')).toContain("img-src 'self' https: http:");
  });

  it('is not isolated by default', async () => {
    const plain = await pageHeaders();
    expect(plain.get('cross-origin-opener-policy')).toBeNull();
    expect(plain.get('cross-origin-embedder-policy')).toBeNull();
  });
});

describe('host: the app icon', () => {
  it('serves the app icon as the favicon (/favicon.png, /favicon.ico), PNG from build/icons', async () => {
    dir = mkdtempSync(join(tmpdir(), 'missdeck-host-'));
    host = await startHost({ dataDir: join(dir, 'data'), rendererDir: dir, callback: 'loopback', logger: quiet });
    const icon = readFileSync(resolve(import.meta.dirname, '../../build/icons/32x32.png'));
    for (const path of ['/favicon.png', '/favicon.ico']) {
      const response = await fetch(`${host.origin}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await response.arrayBuffer()).equals(icon)).toBe(true);
    }
    expect((await fetch(`${host.origin}/favicon.png`, { method: 'HEAD' })).status).toBe(200);
  });

  it('the page links it', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    expect(html).toMatch(/<link rel="icon" type="image\/png"[^>]*href="\/favicon.png"/);
  });
});

describe('host: stopping', () => {
  it('stops while a page holds its RPC socket open and another request is half sent', async () => {
    dir = mkdtempSync(join(tmpdir(), 'missdeck-host-'));
    const started = await startHost({ dataDir: dir, rendererDir: dir, callback: 'missdeck', logger: quiet });
    const rpc = new WebSocket(`${started.origin.replace(/^http/, 'ws')}/rpc`, { origin: started.origin });
    await new Promise((resolve, reject) => rpc.once('open', resolve).once('error', reject));
    const halfSent = connect(Number(new URL(started.origin).port), '127.0.0.1');
    halfSent.on('error', () => {}); // the host cutting it off is the point
    await new Promise((resolve) => halfSent.once('connect', resolve));
    halfSent.write('POST /protocol-url HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-length: 100\r\n\r\nmissdeck://');
    const gone = new Promise((resolve) => halfSent.once('close', resolve));
    await started.close();
    await gone;
    expect(rpc.readyState === WebSocket.CLOSING || rpc.readyState === WebSocket.CLOSED).toBe(true);
  });
});
