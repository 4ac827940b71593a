import { t } from '../../../i18n';
import { hideTranslation, languageName, useTranslationOf } from './translations';

/**
 * A note's translation under its text, once asked for: plain text only (the translator's answer is
 * never read as MFM or HTML), with the language it was translated from.
 */
export function NoteTranslation({ accountId, noteId }: { accountId: string; noteId: string }) {
  const state = useTranslationOf(accountId, noteId);
  if (!state) return null;
  const failed = state.status === 'failed' || state.status === 'empty';
  return (
    <section className={failed ? 'note-translation is-error' : 'note-translation'} aria-label={t('readingAids.translation')} aria-busy={state.status === 'loading'}>
      <p className="note-translation-source">
        {state.status === 'done' ? t('readingAids.translatedFrom', { language: languageName(state.sourceLang) }) : t('readingAids.translation')}
        {state.status !== 'loading' && (
          <button type="button" className="link-button note-translation-hide" onClick={() => hideTranslation(accountId, noteId)}>
            {t('readingAids.hideTranslation')}
          </button>
        )}
      </p>
      <p className="note-translation-text" role={failed ? 'alert' : undefined}>
        {state.status === 'loading' ? t('readingAids.translating') : state.status === 'done' ? state.text : state.status === 'empty' ? t('readingAids.nothingToTranslate') : state.message}
      </p>
    </section>
  );
}
