import type { MisskeyClient } from '../misskey/misskeyClient';
import { explained, type Wording } from '../server/misskeyErrors';

const wording: Wording = {
  NO_SUCH_NOTE: 'noteGone',
  NO_POLL: 'noPoll',
  INVALID_CHOICE: 'invalidChoice',
  ALREADY_VOTED: 'alreadyVoted',
  ALREADY_EXPIRED: 'pollEnded',
  YOU_HAVE_BEEN_BLOCKED: 'voteBlocked',
};

/** Votes for one choice (by index); in a multiple-choice poll, call once per choice. */
export async function vote(client: MisskeyClient, noteId: string, choice: number): Promise<null> {
  await explained(client.request('notes/polls/vote', { noteId, choice }), wording);
  return null;
}
