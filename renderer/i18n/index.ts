import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { humaneWait } from '../../shared/messages/humaneWait';
import { resolveUiLanguage, type Settings } from '../../shared/model/settings';
import { en } from './en';
import { ja } from './ja';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
    /** `{{seconds, wait}}` (humaneWait.ts) takes a number of seconds. */
    interpolationFormatTypeMap: { wait: number };
  }
}

export const catalogues = { en, ja } as const;
export type Locale = keyof typeof catalogues;
export const locales = Object.keys(catalogues) as Locale[];

/** The UI language for a setting: `system` follows the system (navigator) language, English when it is not Japanese. */
export const resolveLocale: (language: Settings['language'], systemLanguage: string | undefined) => Locale = resolveUiLanguage;

/** One i18next instance for the app; resources are bundled, so it is ready synchronously. */
export function createI18n(lng: Locale = 'en'): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng,
    fallbackLng: 'en',
    supportedLngs: locales,
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
  });
  // `{{seconds, wait}}`: "in about an hour" for 3,596 s, in the active language (see humaneWait.ts).
  instance.services.formatter?.add('wait', (value: unknown, lng: string | undefined) => (typeof value === 'number' ? humaneWait(value, lng ?? 'en') : String(value)));
  return instance;
}

export const i18n = createI18n(resolveLocale('system', typeof navigator === 'undefined' ? undefined : navigator.language));

/** The active locale, for Intl formatters outside React. */
export const activeLocale = (): Locale => (i18n.language === 'ja' ? 'ja' : 'en');

/** A translation outside React components (store messages, desktop notifications); follows the active language. */
export const t: I18n['t'] = i18n.t.bind(i18n);

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A number in the active locale ("1,234"). */
export function formatNumber(value: number, locale: string = activeLocale()): string {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(value);
}

// Making an Intl formatter costs far more than using one (toLocaleString makes one per call), so each is made once per locale.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
/** A date and time in the active locale. */
export function formatDateTime(date: Date, locale: string = activeLocale()): string {
  let f = dateTimeFormats.get(locale);
  if (!f) dateTimeFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })));
  return f.format(date);
}

// A note shows in several columns, and every row of it names its time twice (title and label).
const recentDateTimes = new Map<string, string>();
/** `formatDateTime` of an ISO date, remembered for the last thousand or so; '' when it is not a date. */
export function formatIsoDateTime(iso: string, locale: string = activeLocale()): string {
  const key = `${locale} ${iso}`;
  let text = recentDateTimes.get(key);
  if (text === undefined) {
    const date = new Date(iso);
    text = Number.isNaN(date.getTime()) ? '' : formatDateTime(date, locale);
    if (recentDateTimes.size >= 1024) recentDateTimes.clear();
    recentDateTimes.set(key, text);
  }
  return text;
}

const percentFormats = new Map<string, Intl.NumberFormat>();
/** A ratio as a percentage in the active locale ("150%"). */
export function formatPercent(ratio: number, locale: string = activeLocale()): string {
  let f = percentFormats.get(locale);
  if (!f) percentFormats.set(locale, (f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })));
  return f.format(ratio);
}

/**
 * A record whose values are read from the catalogue each time (so they follow the language), for
 * tables keyed by a kind: `localizedRecord(columnKinds, (kind) => t(`columns.kind.${kind}`))`.
 */
export function localizedRecord<K extends string>(keys: readonly K[], translate: (key: K) => string): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(record, key, { enumerable: true, get: () => translate(key) });
  return record;
}
