import type { SecretCipher } from '../core/platform';

type Backend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';

/** The part of Electron's `safeStorage` the cipher uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend(): Backend;
}

function describeBackend(platform: NodeJS.Platform, safeStorage: SafeStorageLike): { name: string; strong: boolean } {
  if (platform === 'darwin') return { name: 'keychain', strong: true };
  if (platform === 'win32') return { name: 'dpapi', strong: true };
  const backend = safeStorage.getSelectedStorageBackend();
  // basic_text is a hard-coded key; unknown means we cannot tell, so it is not counted as protection.
  return { name: backend, strong: backend !== 'basic_text' && backend !== 'unknown' };
}

/**
 * Tokens encrypted by the OS through `safeStorage`, as base64 text. Build it after `app` is ready:
 * before that, `safeStorage` cannot say what it offers.
 */
export function createSafeStorageCipher(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform = process.platform,
): SecretCipher {
  const available = safeStorage.isEncryptionAvailable();
  const backend = available ? describeBackend(platform, safeStorage) : { name: 'unavailable', strong: false };
  return {
    description: `safeStorage:${backend.name}`,
    isStrong: available && backend.strong,
    encrypt(plain) {
      if (!available) throw new Error('The operating system offers no encryption for secrets.');
      return safeStorage.encryptString(plain).toString('base64');
    },
    decrypt(cipherText) {
      if (!available) throw new Error('The operating system offers no encryption for secrets.');
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(cipherText)) throw new Error('The stored secret is not valid ciphertext.');
      return safeStorage.decryptString(Buffer.from(cipherText, 'base64'));
    },
  };
}
