import type { Endpoints } from 'misskey-js';
import type { ValidCommandInput } from '../../../shared/contract/commands';
import type { Note } from '../../../shared/model/note';
import { CommandFailure } from '../commands/commandFailure';
import type { MisskeyClient } from '../misskey/misskeyClient';
import { explained, type Wording } from '../server/misskeyErrors';

type CreateInput = Omit<ValidCommandInput<'notes.create'>, 'accountId'>;
type CreateParams = Endpoints['notes/create']['req'];

// Misskey's own messages for notes/create are terse ("No such renote target."); these say what happened.
const wording: Wording = {
  NO_SUCH_REPLY_TARGET: 'The note you are replying to no longer exists.',
  NO_SUCH_RENOTE_TARGET: 'The note you are renoting or quoting no longer exists.',
  CANNOT_RENOTE_TO_A_PURE_RENOTE: 'A renote cannot be renoted or quoted; use the original note.',
  CANNOT_REPLY_TO_A_PURE_RENOTE: 'A renote cannot be replied to; reply to the original note.',
  CANNOT_RENOTE_DUE_TO_VISIBILITY: 'This note’s visibility does not allow renoting it.',
  CANNOT_REPLY_TO_AN_INVISIBLE_NOTE: 'You cannot reply to a note you are not allowed to see.',
  CANNOT_REPLY_TO_SPECIFIED_VISIBILITY_NOTE_WITH_EXTENDED_VISIBILITY: 'A reply to a direct note must be direct too.',
  CANNOT_CREATE_ALREADY_EXPIRED_POLL: 'The poll’s end time is already in the past.',
  NO_SUCH_CHANNEL: 'That channel no longer exists.',
  NO_SUCH_FILE: 'One of the attached files is no longer in your drive.',
  CANNOT_RENOTE_OUTSIDE_OF_CHANNEL: 'Notes of this channel can only be renoted inside the channel.',
  YOU_HAVE_BEEN_BLOCKED: 'You cannot reply to or renote this note: its author has blocked you.',
  CONTAINS_PROHIBITED_WORDS: 'The server refused the note: it contains words the server prohibits.',
  CONTAINS_TOO_MANY_MENTIONS: 'The note mentions more users than the server allows.',
};

const nonBlank = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** The contract's note, as Misskey's `notes/create` takes it: blank text/cw left out, visibleUserIds only for direct notes. */
export function toCreateParams(input: CreateInput): CreateParams {
  const { text, cw, visibility, visibleUserIds, localOnly, replyId, renoteId, channelId, fileIds, poll } = input;
  if (poll?.expiresAt !== undefined && poll.expiredAfter !== undefined) {
    throw new CommandFailure('INVALID_INPUT', 'A poll ends either at a time or after a duration, not both.');
  }
  return {
    // Text with a renoteId makes a quote; without text it is a pure renote.
    ...(nonBlank(text) ? { text } : {}),
    ...(nonBlank(cw) ? { cw } : {}),
    ...(visibility ? { visibility } : {}),
    ...(visibility === 'specified' && visibleUserIds ? { visibleUserIds } : {}),
    ...(localOnly === undefined ? {} : { localOnly }),
    ...(replyId ? { replyId } : {}),
    ...(renoteId ? { renoteId } : {}),
    ...(channelId ? { channelId } : {}),
    ...(fileIds && fileIds.length > 0 ? { fileIds } : {}),
    ...(poll
      ? {
          poll: {
            choices: poll.choices,
            ...(poll.multiple === undefined ? {} : { multiple: poll.multiple }),
            ...(poll.expiresAt === undefined ? {} : { expiresAt: poll.expiresAt }),
            ...(poll.expiredAfter === undefined ? {} : { expiredAfter: poll.expiredAfter }),
          },
        }
      : {}),
  };
}

/** Posts a note (or a quote, a reply, a pure renote) and answers with the note as created. */
export async function createNote(client: MisskeyClient, input: CreateInput): Promise<Note> {
  const answer = await explained(client.request('notes/create', toCreateParams(input)), wording);
  return answer.createdNote;
}

/** A pure renote: `notes/create` with only the renoted note (and where it goes). */
export function renote(client: MisskeyClient, input: { noteId: string; visibility?: Note['visibility']; localOnly?: boolean }): Promise<Note> {
  return createNote(client, {
    renoteId: input.noteId,
    ...(input.visibility ? { visibility: input.visibility } : {}),
    ...(input.localOnly === undefined ? {} : { localOnly: input.localOnly }),
  });
}
