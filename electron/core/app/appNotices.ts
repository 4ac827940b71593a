import { coreMessage } from '../../../shared/messages/coreMessage';
import type { SecretCipher } from '../platform';
import type { NoticeBoard } from './noticeBoard';

export const weakTokenStorageNoticeId = 'weak-token-storage';

/** On Linux without a keyring, Electron's safeStorage only obfuscates: say so, and offer session-only tokens. */
export function warnAboutWeakTokenStorage(cipher: SecretCipher, sessionOnly: boolean, notices: NoticeBoard): void {
  if (cipher.isStrong || sessionOnly) return;
  notices.post({
    id: weakTokenStorageNoticeId,
    level: 'warning',
    ...coreMessage('weakTokenStorage'),
    action: 'keepTokensForSessionOnly',
  });
}
