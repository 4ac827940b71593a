import type { SecretCipher } from '../platform';
import type { NoticeBoard } from './noticeBoard';

export const weakTokenStorageNoticeId = 'weak-token-storage';

/** On Linux without a keyring, Electron's safeStorage only obfuscates: say so, and offer session-only tokens. */
export function warnAboutWeakTokenStorage(cipher: SecretCipher, sessionOnly: boolean, notices: NoticeBoard): void {
  if (cipher.isStrong || sessionOnly) return;
  notices.post({
    id: weakTokenStorageNoticeId,
    level: 'warning',
    message:
      'No system keyring is available, so saved sign-ins are only obfuscated on this computer, not encrypted. You can keep sign-ins for this session only: you would sign in again after restarting MissDeck.',
    action: 'keepTokensForSessionOnly',
  });
}
