import type { Note } from '../../../shared/model/note';
import { coreMessage } from '../../../shared/messages/coreMessage';
import type { AccountsService } from '../accounts/accountsService';
import { CommandFailure } from '../commands/commandFailure';
import { isMisskeyError } from '../server/misskeyErrors';
import { showNote } from './readNotes';

type Accounts = Pick<AccountsService, 'find' | 'clientFor'>;

// ap/show's errors when the other server cannot fetch or parse the object (openapi: /ap/show 400).
const unresolvable = ['NO_SUCH_OBJECT', 'REQUEST_FAILED', 'RESPONSE_INVALID', 'URI_INVALID', 'FEDERATION_NOT_ALLOWED'];

const hostOf = (origin: string) => new URL(origin).host;

function serverOf(accounts: Accounts, accountId: string): string {
  const account = accounts.find(accountId);
  if (!account) throw new CommandFailure('NOT_FOUND', coreMessage('accountGone'));
  return account.server;
}

/**
 * The note `noteId` as `fromAccountId`'s server knows it, as `accountId`'s server knows it, so that
 * account can react, reply or renote. On the same server the id is the same; on another server the
 * note is looked up by its ActivityPub URI through `ap/show` (which fetches it if needed).
 */
export async function resolveNote(accounts: Accounts, { accountId, fromAccountId, noteId }: { accountId: string; fromAccountId: string; noteId: string }): Promise<Note> {
  const targetServer = serverOf(accounts, accountId);
  const fromServer = serverOf(accounts, fromAccountId);
  if (targetServer === fromServer) return showNote(accounts.clientFor(accountId), noteId);

  const original = await showNote(accounts.clientFor(fromAccountId), noteId);
  // Remote notes carry their origin's URI; a local note's URI is its page on its own server.
  const uri = original.uri ?? `${fromServer}/notes/${original.id}`;
  const targetHost = hostOf(targetServer);
  let answer: unknown;
  try {
    answer = await accounts.clientFor(accountId).request('ap/show', { uri });
  } catch (failure) {
    if (isMisskeyError(failure, ...unresolvable)) {
      const misskeyCode = failure.error.misskeyCode!;
      throw new CommandFailure('NOT_FOUND', coreMessage('noteNotFetched', { targetHost, sourceHost: hostOf(fromServer), misskeyCode }), { misskeyCode });
    }
    throw failure;
  }
  const found = typeof answer === 'object' && answer !== null ? (answer as { type?: unknown; object?: unknown }) : {};
  if (found.type !== 'Note' || typeof found.object !== 'object' || found.object === null) {
    throw new CommandFailure('NOT_FOUND', coreMessage('notANote', { host: targetHost }));
  }
  return found.object as Note;
}
