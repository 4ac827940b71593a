import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { getBridge } from '../../../bridge';
import { activeLocale, t } from '../../../i18n';
import { coreText } from '../../../i18n/coreText';

/** A note's translation as the reader asked for it. */
export type TranslationState =
  | { status: 'loading' }
  | { status: 'done'; sourceLang: string; text: string }
  /** The server answered that the note has no text to translate. */
  | { status: 'empty' }
  | { status: 'failed'; message: string };

/** Translations kept at most (oldest forgotten first). */
const capacity = 200;

export const translations = createStore<{ byNote: Readonly<Record<string, TranslationState>> }>()(() => ({ byNote: {} }));

const keyOf = (accountId: string, noteId: string) => `${accountId}:${noteId}`;

function put(key: string, state: TranslationState | null): void {
  translations.setState(({ byNote }) => {
    const next = { ...byNote };
    delete next[key];
    if (state) next[key] = state;
    const keys = Object.keys(next);
    if (keys.length > capacity) delete next[keys[0]!];
    return { byNote: next };
  });
}

/** The language Misskey is asked to translate into: the UI's, as Misskey's own locales name it. */
export const targetLanguage = (): 'en-US' | 'ja-JP' => (activeLocale() === 'ja' ? 'ja-JP' : 'en-US');

/** Translate a note on its account's server (`notes/translate`) into the UI language; shown under the note. */
export async function translateNote(accountId: string, noteId: string): Promise<void> {
  const key = keyOf(accountId, noteId);
  const now = translations.getState().byNote[key];
  if (now?.status === 'loading' || now?.status === 'done') return;
  put(key, { status: 'loading' });
  const result = await getBridge().commands['notes.translate']({ accountId, noteId, targetLang: targetLanguage() });
  if (!result.ok) put(key, { status: 'failed', message: coreText(result.error) });
  else if (result.value === null) put(key, { status: 'empty' });
  else put(key, { status: 'done', sourceLang: result.value.sourceLang, text: result.value.text });
}

export const hideTranslation = (accountId: string, noteId: string) => put(keyOf(accountId, noteId), null);

export function useTranslationOf(accountId: string, noteId: string): TranslationState | undefined {
  const key = keyOf(accountId, noteId);
  return useStore(translations, (s) => s.byNote[key]);
}

const languageNames = new Map<string, Intl.DisplayNames>();
/** "Japanese" for `ja` (or DeepL's `JA`), in the UI language; the code itself when it is not one. */
export function languageName(code: string, locale: string = activeLocale()): string {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code || t('readingAids.unknownLanguage');
  }
}

/** For tests. */
export const resetTranslations = () => translations.setState({ byNote: {} }, true);
