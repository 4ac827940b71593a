import type { CoreText } from '../../shared/messages/coreText';

/**
 * What the core needs from the process it runs in. Electron main and the Node host each
 * provide these; the core itself never imports electron.
 */

/** Encrypts secrets (tokens) before they touch disk. */
export interface SecretCipher {
  /** e.g. `safeStorage:gnome_libsecret`, `safeStorage:basic_text`, `aes-256-gcm:file-key`. */
  readonly description: string;
  /** False when the OS offers no real protection (Electron's `basic_text` backend on Linux). */
  readonly isStrong: boolean;
  encrypt(plain: string): string;
  /** Throws when the ciphertext cannot be decrypted (e.g. after an OS keyring change). */
  decrypt(cipherText: string): string;
}

/** A persistent JSON document store; values are plain JSON. */
export interface KeyValueStore {
  /** What had to be repaired when the file was opened, in sentences for the user. */
  readonly problems?: readonly CoreText[];
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/** Whole documents too large or too often written for the key-value store (the column cache). */
export interface BlobStore {
  read(name: string): string | undefined;
  /** Resolves once the document is on disk. */
  write(name: string, data: string): Promise<void>;
  remove(name: string): Promise<void>;
  list(): string[];
}

/** Opens an http(s) URL outside the app: the system browser, or a new tab in the host. */
export interface ExternalOpener {
  open(url: string): Promise<void>;
}

export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export interface Platform {
  cipher: SecretCipher;
  store: KeyValueStore;
  /** Where the column cache is kept; without it the deck starts empty and fills from the servers. */
  blobs?: BlobStore;
  opener: ExternalOpener;
  logger: Logger;
  appVersion: string;
  shell: 'electron' | 'host';
  /** The MiAuth callback: `missdeck://auth` in Electron, the host's loopback URL in the host. */
  authCallbackUrl: string;
  /** Icon URL sent to MiAuth, if any. */
  appIconUrl?: string;
  /** Injected for tests; defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Injected for tests; defaults to `Date.now`. */
  now?: () => number;
}
