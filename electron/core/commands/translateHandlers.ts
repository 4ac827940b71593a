import type { AccountsService } from '../accounts/accountsService';
import { translateNote } from '../notes/translateNote';
import type { CommandHandlers } from './commandRouter';

/** Note translation through the account's server. */
export function createTranslateHandlers({ accounts }: { accounts: AccountsService }): Pick<CommandHandlers, 'notes.translate'> {
  return {
    'notes.translate': ({ accountId, noteId, targetLang }) => translateNote(accounts.clientFor(accountId), noteId, targetLang),
  };
}
