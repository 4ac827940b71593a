import type { TFunction } from 'i18next';
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { fastT } from './fastT';
import { i18n } from './index';

export interface LocaleValue {
  t: TFunction;
  i18n: typeof i18n;
  language: string;
}

function localeValue(language: string): LocaleValue {
  return { t: fastT(i18n, language), i18n, language };
}

const LocaleContext = createContext<LocaleValue>(localeValue(i18n.language));

function subscribeLanguage(onChange: () => void): () => void {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
}

/** Gives the tree the UI language's `t`; components re-render when the language changes. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const language = useSyncExternalStore(subscribeLanguage, () => i18n.language);
  const value = useMemo(() => localeValue(language), [language]);
  return <LocaleContext value={value}>{children}</LocaleContext>;
}

/**
 * `useTranslation()` for components rendered in bulk (note rows): a context read instead of one
 * i18next listener per component. Needs a `LocaleProvider` above it to follow language changes.
 */
export function useLocale(): LocaleValue {
  return useContext(LocaleContext);
}
