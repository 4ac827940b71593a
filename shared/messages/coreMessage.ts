import { coreMessagesEn } from './coreMessagesEn';
import { humaneWait } from './humaneWait';
import type { CoreMessageArgs, CoreMessageKey, CoreMessageParams, CoreText } from './coreText';

const templates: Readonly<Record<string, string>> = coreMessagesEn;
const plurals = new Intl.PluralRules('en');
const relativeTime = new Intl.RelativeTimeFormat('en');
const variable = /\{\{\s*(\w+)\s*(?:,\s*([^}]*?))?\s*\}\}/g;

function formatValue(value: string | number | undefined, format: string | undefined): string {
  if (value === undefined) return '';
  if (format === 'wait' && typeof value === 'number') return humaneWait(value, 'en');
  const unit = format?.match(/^relativetime\((\w+)\)$/)?.[1];
  if (unit && typeof value === 'number') return relativeTime.format(value, unit as Intl.RelativeTimeFormatUnit);
  return String(value);
}

/**
 * The English sentence for a key: the template filled in as i18next would fill it in the renderer
 * (renderer/i18n/coreText.test.ts checks that the two agree for every key). The core has no
 * i18next, and the preload must stay small, hence this little formatter.
 */
export function englishText(key: CoreMessageKey, params: CoreMessageParams = {}): string {
  const plural = typeof params.count === 'number' ? templates[`${key}_${plurals.select(params.count)}`] : undefined;
  const template = plural ?? templates[key] ?? templates[`${key}_other`] ?? key;
  return template.replace(variable, (_match, name: string, format?: string) => formatValue(params[name], format));
}

/** A sentence to send to the renderer: its key and params, and the English text. */
export function coreMessage<K extends CoreMessageKey>(key: K, ...[params]: CoreMessageArgs<K>): CoreText {
  const given = params as CoreMessageParams | undefined;
  return { message: englishText(key, given), messageKey: key, ...(given ? { params: given } : {}) };
}
