import type { TFunction } from 'i18next';
import { userAcct } from '../../lib/acct';
import type { AccountMutes } from '../../../shared/model/mutes';
import type { MenuItem } from '../notes/Menu';
import { moderation, relationOf } from './state/moderation';
import { mutesActions, type ModerationDialog } from './state/mutesStore';

/** Mute, renote-mute, block (or undo them) and report a user, as Misskey's user menu offers. */
export function userMenuItems(t: TFunction, target: Pick<ModerationDialog, 'accountId' | 'user'>, mutes: AccountMutes | undefined): MenuItem[] {
  const acct = userAcct(target.user);
  const { muted, renoteMuted, blocked } = relationOf(mutes, target.user.id);
  const open = (kind: ModerationDialog['kind']) => () => mutesActions.openDialog({ kind, ...target });
  return [
    muted ? { label: t('mutes.menu.unmute', { acct }), onSelect: () => void moderation.mute(target, false) } : { label: t('mutes.menu.mute', { acct }), onSelect: open('mute') },
    renoteMuted
      ? { label: t('mutes.menu.renoteUnmute', { acct }), onSelect: () => void moderation.renoteMute(target, false) }
      : { label: t('mutes.menu.renoteMute', { acct }), onSelect: () => void moderation.renoteMute(target, true) },
    blocked
      ? { label: t('mutes.menu.unblock', { acct }), onSelect: () => void moderation.block(target, false) }
      : { label: t('mutes.menu.block', { acct }), onSelect: open('block'), danger: true },
    { label: t('mutes.menu.report', { acct }), onSelect: open('report'), danger: true },
  ];
}
