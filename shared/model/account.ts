import type { CoreText } from '../messages/coreText';

/** What the renderer may know of an account. Never carries the token. */
export interface AccountView {
  id: string;
  /** Origin of the server, e.g. `https://misskey.io`. */
  server: string;
  /** Host for display, e.g. `misskey.io`. */
  host: string;
  userId: string;
  username: string;
  name: string | null;
  avatarUrl: string | null;
  serverName: string | null;
  serverIconUrl: string | null;
  serverVersion: string | null;
  /** The server's theme colour from its `meta`: `#rgb` or `#rrggbb` (checked by the core), or null. */
  serverThemeColor: string | null;
  /** The account new notes are posted from unless another is chosen. */
  isDefault: boolean;
  /** The server refused the token (revoked), or it could not be kept: the user must sign in again. */
  needsReauth: boolean;
}

export const columnsOnRemoval = ['remove', 'keep'] as const;
export type ColumnsOnRemoval = (typeof columnsOnRemoval)[number];

/** What became of the account, as a sentence (`CoreText`). */
export interface AccountRemoval extends CoreText {
  /** Whether the server revoked MissDeck's access too; Misskey refuses this to app tokens. */
  revokedOnServer: boolean;
}

export const signInStatuses = ['pending', 'succeeded', 'denied', 'expired', 'cancelled', 'failed'] as const;
export type SignInStatus = (typeof signInStatuses)[number];

export interface SignInAttemptView {
  attemptId: string;
  server: string;
  status: SignInStatus;
  /** The MiAuth page the browser was sent to, so the user can open it again. */
  authUrl: string;
  /** Why an attempt ended without an account, when the core says more than its status. */
  reason?: CoreText;
  accountId?: string;
}
