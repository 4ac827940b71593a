import type { Endpoints } from 'misskey-js';
import type { ValidCommandInput } from '../../../shared/contract/commands';
import type { Note } from '../../../shared/model/note';
import { coreMessage } from '../../../shared/messages/coreMessage';
import { CommandFailure } from '../commands/commandFailure';
import type { MisskeyClient } from '../misskey/misskeyClient';
import { explained, type Wording } from '../server/misskeyErrors';

type CreateInput = Omit<ValidCommandInput<'notes.create'>, 'accountId'>;
type CreateParams = Endpoints['notes/create']['req'];

// Misskey's own messages for notes/create are terse ("No such renote target."); these say what happened.
export const createWording: Wording = {
  NO_SUCH_REPLY_TARGET: 'replyTargetGone',
  NO_SUCH_RENOTE_TARGET: 'renoteTargetGone',
  CANNOT_RENOTE_TO_A_PURE_RENOTE: 'cannotRenotePureRenote',
  CANNOT_REPLY_TO_A_PURE_RENOTE: 'cannotReplyToPureRenote',
  CANNOT_RENOTE_DUE_TO_VISIBILITY: 'renoteNotAllowed',
  CANNOT_REPLY_TO_AN_INVISIBLE_NOTE: 'replyToInvisible',
  CANNOT_REPLY_TO_SPECIFIED_VISIBILITY_NOTE_WITH_EXTENDED_VISIBILITY: 'replyMustBeDirect',
  CANNOT_CREATE_ALREADY_EXPIRED_POLL: 'pollAlreadyExpired',
  NO_SUCH_CHANNEL: 'channelGone',
  NO_SUCH_FILE: 'attachedFileGone',
  CANNOT_RENOTE_OUTSIDE_OF_CHANNEL: 'renoteOutsideChannel',
  YOU_HAVE_BEEN_BLOCKED: 'replyOrRenoteBlocked',
  CONTAINS_PROHIBITED_WORDS: 'prohibitedWords',
  CONTAINS_TOO_MANY_MENTIONS: 'tooManyMentions',
};

const nonBlank = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** The contract's note, as Misskey's `notes/create` takes it: blank text/cw left out, visibleUserIds only for direct notes. */
export function toCreateParams(input: CreateInput): CreateParams {
  const { text, cw, visibility, visibleUserIds, localOnly, replyId, renoteId, channelId, fileIds, poll } = input;
  if (poll?.expiresAt !== undefined && poll.expiredAfter !== undefined) {
    throw new CommandFailure('INVALID_INPUT', coreMessage('pollEndsTwice'));
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
  const answer = await explained(client.request('notes/create', toCreateParams(input)), createWording);
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
