import { z } from 'zod';

/** A note in another language, as Misskey's `notes/translate` answers (its OpenAPI response schema). */
export interface NoteTranslationView {
  /** The language the translator found, as it names it (DeepL: `JA`, `EN`…). */
  sourceLang: string;
  text: string;
}

/** The UI languages, as Misskey's locales name them. */
export const translationTargets = ['en-US', 'ja-JP'] as const;

const id = z.string().min(1).max(64);

export const translateCommands = {
  /** A note translated by its account's server; null when the note has no text (Misskey answers 204). */
  'notes.translate': {
    input: z.object({ accountId: id, noteId: id, targetLang: z.enum(translationTargets) }).strict(),
    output: undefined as unknown as NoteTranslationView | null,
  },
} as const;
