import { z } from 'zod';
import type { NoteTranslationView } from '../../../shared/contract/translateCommands';
import { coreMessage } from '../../../shared/messages/coreMessage';
import { CommandFailure } from '../commands/commandFailure';
import type { MisskeyClient } from '../misskey/misskeyClient';
import { rethrowExplained, type Wording } from '../server/misskeyErrors';

/**
 * UNAVAILABLE: the server has no translator, or the account's role may not use it (Misskey answers
 * the same for both); NO_SUCH_NOTE: gone or hidden.
 */
const wording: Wording = { UNAVAILABLE: 'translationUnavailable', NO_SUCH_NOTE: 'noteGone' };

/** Misskey's `notes/translate` 200 answer (OpenAPI: `{sourceLang: string, text: string}`, both required). */
const answerSchema = z.object({ sourceLang: z.string().max(64), text: z.string().max(200_000) });

/**
 * A note's text translated by the account's server. Misskey answers 204 (no body) for a note without
 * text, before it even checks for a translator: that is null here.
 */
export async function translateNote(client: MisskeyClient, noteId: string, targetLang: string): Promise<NoteTranslationView | null> {
  let answer: unknown;
  try {
    answer = await client.request('notes/translate', { noteId, targetLang });
  } catch (failure) {
    rethrowExplained(failure, wording);
  }
  if (answer == null || answer === '') return null;
  const parsed = answerSchema.safeParse(answer);
  if (!parsed.success) throw new CommandFailure('MALFORMED_RESPONSE', coreMessage('translationUnreadable', { host: new URL(client.origin).host }));
  return { sourceLang: parsed.data.sourceLang, text: parsed.data.text };
}
