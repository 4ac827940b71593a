import type { AccountsService } from '../accounts/accountsService';
import type { MuteService } from '../mutes/muteService';
import { relationPage } from '../mutes/userRelations';
import type { CommandHandlers } from './commandRouter';

export type MutesCommandName =
  | 'mutes.get'
  | 'mutes.setWords'
  | 'mutes.setInstances'
  | 'mutes.setReactions'
  | 'mutes.list'
  | 'users.mute'
  | 'users.renoteMute'
  | 'users.block'
  | 'users.report';

/** Mutes, blocks and reports, mapped onto the mute service. */
export function createMutesHandlers(mutes: MuteService, accounts: AccountsService): Pick<CommandHandlers, MutesCommandName> {
  return {
    'mutes.get': ({ accountId }) => mutes.get(accountId),
    'mutes.setWords': ({ accountId, mutedWords, hardMutedWords }) => mutes.setWords(accountId, mutedWords, hardMutedWords),
    'mutes.setInstances': ({ accountId, hosts }) => mutes.setInstances(accountId, hosts),
    'mutes.setReactions': ({ accountId, reactions }) => mutes.setReactions(accountId, reactions),
    'mutes.list': ({ accountId, kind, untilId }) => relationPage(accounts.clientFor(accountId), kind, untilId),
    'users.mute': ({ accountId, userId, mute, expiresAt }) => mutes.mute(accountId, userId, mute, expiresAt),
    'users.renoteMute': ({ accountId, userId, mute }) => mutes.renoteMute(accountId, userId, mute),
    'users.block': ({ accountId, userId, block }) => mutes.block(accountId, userId, block),
    'users.report': ({ accountId, userId, comment }) => mutes.report(accountId, userId, comment),
  };
}
