import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { SecretCipher } from '../core/platform';

const keyLength = 32;
const ivLength = 12;
const tagLength = 16;

/** Reads the key file, or creates it with mode 0600 if there is none. */
export function loadOrCreateKey(keyPath: string): Buffer {
  if (existsSync(keyPath)) {
    const key = Buffer.from(readFileSync(keyPath, 'utf8').trim(), 'base64');
    if (key.length !== keyLength) throw new Error(`The key file ${keyPath} is damaged: expected ${keyLength} bytes.`);
    chmodSync(keyPath, 0o600);
    return key;
  }
  const key = randomBytes(keyLength);
  writeFileSync(keyPath, key.toString('base64'), { mode: 0o600, flag: 'wx' });
  return key;
}

/** The host's stand-in for Electron's safeStorage: AES-256-GCM, base64 of iv | tag | ciphertext. */
export function createAesGcmCipher(key: Buffer): SecretCipher {
  return {
    description: 'aes-256-gcm:file-key',
    isStrong: true,
    encrypt(plain) {
      const iv = randomBytes(ivLength);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    decrypt(sealed) {
      const raw = Buffer.from(sealed, 'base64');
      if (raw.length < ivLength + tagLength) throw new Error('Sealed value is too short.');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, ivLength));
      decipher.setAuthTag(raw.subarray(ivLength, ivLength + tagLength));
      return Buffer.concat([decipher.update(raw.subarray(ivLength + tagLength)), decipher.final()]).toString('utf8');
    },
  };
}
