import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAesGcmCipher, loadOrCreateKey } from './aesGcmCipher';

describe('AES-GCM cipher with a file key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'missdeck-key-'));

  it('creates the key file with mode 0600 and reuses it', () => {
    const keyPath = join(dir, 'vault.key');
    const key = loadOrCreateKey(keyPath);
    expect(statSync(keyPath).mode & 0o777).toBe(0o600);
    expect(loadOrCreateKey(keyPath).equals(key)).toBe(true);
  });

  it('round-trips, hides the plaintext, and differs each time', () => {
    const cipher = createAesGcmCipher(loadOrCreateKey(join(dir, 'a.key')));
    const first = cipher.encrypt('token-abc');
    expect(cipher.decrypt(first)).toBe('token-abc');
    expect(first).not.toContain('token-abc');
    expect(Buffer.from(first, 'base64').toString('latin1')).not.toContain('token-abc');
    expect(cipher.encrypt('token-abc')).not.toBe(first);
  });

  it('refuses tampered ciphertext and a different key', () => {
    const cipher = createAesGcmCipher(loadOrCreateKey(join(dir, 'b.key')));
    const sealed = Buffer.from(cipher.encrypt('token-abc'), 'base64');
    sealed.writeUInt8(sealed.readUInt8(sealed.length - 1) ^ 1, sealed.length - 1);
    expect(() => cipher.decrypt(sealed.toString('base64'))).toThrow();
    const other = createAesGcmCipher(loadOrCreateKey(join(dir, 'c.key')));
    expect(() => other.decrypt(cipher.encrypt('x'))).toThrow();
  });

  it('refuses a damaged key file', () => {
    const keyPath = join(dir, 'short.key');
    writeFileSync(keyPath, 'c2hvcnQ=');
    expect(() => loadOrCreateKey(keyPath)).toThrow(/damaged/);
    expect(readFileSync(keyPath, 'utf8')).toBe('c2hvcnQ=');
  });
});
