import type { ChatTarget } from '../../../shared/model/chat';
import type { UserLite } from '../../../shared/model/content';
import { getBridge } from '../../bridge';
import { coreText } from '../../i18n/coreText';
import { parseAcct } from '../deck/columnKinds';

/** A command's failure as the sentence to show, or null when it went through. */
export async function attempt(run: () => Promise<{ ok: true } | { ok: false; error: Parameters<typeof coreText>[0] }>): Promise<string | null> {
  const result = await run();
  return result.ok ? null : coreText(result.error);
}

/** `@user` or `@user@host` → the user, or a sentence saying why not. */
export async function findUser(accountId: string, acct: string): Promise<{ user: UserLite } | { error: string }> {
  const parsed = parseAcct(acct);
  if (!parsed) return { error: '' };
  const result = await getBridge().commands['users.show']({ accountId, username: parsed.username, host: parsed.host });
  return result.ok ? { user: result.value as unknown as UserLite } : { error: coreText(result.error) };
}

export const markRead = (accountId: string, target: ChatTarget) => void getBridge().commands['chat.markRead']({ accountId, target });
