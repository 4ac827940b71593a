import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type Host } from './hostServer';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

describe('host: the page MiAuth sends the browser back to', () => {
  let host: Host | null = null;
  let dir = '';
  afterEach(async () => {
    await host?.close();
    host = null;
    rmSync(dir, { recursive: true, force: true });
  });

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
