import type { MisskeyClient } from '../misskey/misskeyClient';
import { explained, type Wording } from '../server/misskeyErrors';

const wording: Wording = {
  NO_SUCH_NOTE: 'This note no longer exists.',
  NO_POLL: 'This note has no poll.',
  INVALID_CHOICE: 'That choice is not part of this poll.',
  ALREADY_VOTED: 'You already voted in this poll.',
  ALREADY_EXPIRED: 'This poll has ended.',
  YOU_HAVE_BEEN_BLOCKED: 'You cannot vote in this poll: its author has blocked you.',
};

/** Votes for one choice (by index); in a multiple-choice poll, call once per choice. */
export async function vote(client: MisskeyClient, noteId: string, choice: number): Promise<null> {
  await explained(client.request('notes/polls/vote', { noteId, choice }), wording);
  return null;
}
