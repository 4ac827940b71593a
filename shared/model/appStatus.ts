import type { CoreText } from '../messages/coreText';

/** Something the user should know about the app itself, shown until dismissed. */
export interface AppNotice extends CoreText {
  id: string;
  level: 'info' | 'warning' | 'error';
  /** An action the notice offers, named by what it does. */
  action?: 'keepTokensForSessionOnly';
}

export interface TokenStorageStatus {
  /** What protects tokens on disk, e.g. `safeStorage:gnome_libsecret` or `aes-256-gcm:file-key`. */
  description: string;
  /** False when the OS offers no real protection (no keyring: Electron's `basic_text`). */
  isStrong: boolean;
  /** Tokens are kept in memory only and forgotten when MissDeck quits. */
  sessionOnly: boolean;
}

export interface AppStatus {
  tokenStorage: TokenStorageStatus;
  notices: AppNotice[];
}
