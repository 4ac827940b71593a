import { ApiError, type ApiErrorDef } from '../errors';
import { modelledTranslation, translatorAvailable } from '../translator';
import { canSee } from '../visibility';
import { requiredString } from './params';
import { me, type Endpoint } from './types';

/** Misskey's declared errors for notes/translate (meta/openapi-api.json); UNAVAILABLE as recorded. */
const NO_SUCH_NOTE: ApiErrorDef = { message: 'No such note.', code: 'NO_SUCH_NOTE', id: 'bea9b03f-36e0-49c5-a4db-627a029f8971', kind: 'client', status: 400 };
const INVISIBLE: ApiErrorDef = { message: 'Cannot translate invisible note.', code: 'CANNOT_TRANSLATE_INVISIBLE_NOTE', id: 'ea29f2ca-c368-43b3-aaf1-5ac3e74bbe5d', kind: 'client', status: 400 };
const UNAVAILABLE: ApiErrorDef = { message: 'Translate of notes unavailable.', code: 'UNAVAILABLE', id: '50a70314-2d8a-431b-b433-efa5cc56444c', kind: 'client', status: 400 };

export const translateEndpoints: Record<string, Endpoint> = {
  'notes/translate': {
    requireCredential: true,
    permission: 'read:account',
    handler: (ctx) => {
      const user = me(ctx);
      const note = ctx.state.noteById(requiredString(ctx.body, 'noteId'));
      const targetLang = requiredString(ctx.body, 'targetLang');
      if (!note) throw new ApiError(NO_SUCH_NOTE);
      if (!canSee(ctx.state, user.id, note)) throw new ApiError(INVISIBLE);
      // reading/notes-translate-no-text.json: no text → 204, checked before the translator.
      if (note.text == null) return undefined;
      // reading/notes-translate-unavailable.json: no translator → 400 UNAVAILABLE.
      if (!translatorAvailable(ctx.world)) throw new ApiError(UNAVAILABLE);
      return modelledTranslation(note.text, targetLang);
    },
  },
};
