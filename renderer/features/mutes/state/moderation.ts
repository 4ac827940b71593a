import { i18n } from '../../../i18n';
import { coreText } from '../../../i18n/coreText';
import { userAcct } from '../../../lib/acct';
import type { AccountMutes } from '../../../../shared/model/mutes';
import type { Result } from '../../../../shared/contract/result';
import { getBridge } from '../../../bridge';
import { notesUiActions } from '../../notes/state/notesUi';
import { mutesActions, mutesStore, type ModerationDialog } from './mutesStore';

type Target = Pick<ModerationDialog, 'accountId' | 'user'>;

/** Applies the account's new mutes (so its columns change at once) and says what happened. */
function settle(result: Result<AccountMutes | null>, done: string): boolean {
  if (!result.ok) {
    notesUiActions.say(i18n.t('mutes.failed', { message: coreText(result.error) }), true);
    return false;
  }
  if (result.value) mutesActions.apply(result.value);
  notesUiActions.say(done);
  return true;
}

const acct = (target: Target) => userAcct(target.user);

/** The note and profile menus' actions on a user, as seen from one account. */
export const moderation = {
  async mute(target: Target, mute: boolean, expiresAt: number | null = null) {
    const result = await getBridge().commands['users.mute']({ accountId: target.accountId, userId: target.user.id, mute, ...(mute ? { expiresAt } : {}) });
    return settle(result, i18n.t(mute ? 'mutes.done.muted' : 'mutes.done.unmuted', { acct: acct(target) }));
  },
  async renoteMute(target: Target, mute: boolean) {
    const result = await getBridge().commands['users.renoteMute']({ accountId: target.accountId, userId: target.user.id, mute });
    return settle(result, i18n.t(mute ? 'mutes.done.renoteMuted' : 'mutes.done.renoteUnmuted', { acct: acct(target) }));
  },
  async block(target: Target, block: boolean) {
    const result = await getBridge().commands['users.block']({ accountId: target.accountId, userId: target.user.id, block });
    return settle(result, i18n.t(block ? 'mutes.done.blocked' : 'mutes.done.unblocked', { acct: acct(target) }));
  },
  /** Reports; a failure is returned for the dialog to show (it stays open with the comment). */
  async report(target: Target, comment: string): Promise<string | null> {
    const result = await getBridge().commands['users.report']({ accountId: target.accountId, userId: target.user.id, comment });
    if (!result.ok) return coreText(result.error);
    notesUiActions.say(i18n.t('mutes.reportDialog.sent'));
    return null;
  },
  async muteReaction(accountId: string, reaction: string) {
    const current = mutesStore.getState().mutes[accountId]?.mutedReactions ?? [];
    const result = await getBridge().commands['mutes.setReactions']({ accountId, reactions: [...current, reaction] });
    return settle(result, i18n.t('mutes.done.reactionMuted', { reaction }));
  },
};

/** What the menus offer for a user, from what the account has muted. */
export function relationOf(mutes: AccountMutes | undefined, userId: string) {
  return {
    muted: mutes?.mutedUserIds.includes(userId) ?? false,
    renoteMuted: mutes?.renoteMutedUserIds.includes(userId) ?? false,
    blocked: mutes?.blockedUserIds.includes(userId) ?? false,
  };
}
