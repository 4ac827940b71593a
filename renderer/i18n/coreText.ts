import type { i18n as I18n } from 'i18next';
import { isCoreMessageKey, type CoreText } from '../../shared/messages/coreText';
import { i18n } from './index';

/**
 * A sentence from the core (an error, a notice, a reason) in the user's language: its key through
 * the `core` section of the catalogue, or the English `message` it carries when this build does not
 * know the key. Params are only filled in (i18next's `skipOnVariables`), never read as markup or as
 * keys, so a server's own text passed as a param stays plain text.
 */
export function coreText(text: CoreText, instance: I18n = i18n): string {
  if (!isCoreMessageKey(text.messageKey)) return text.message;
  const key = `core.${text.messageKey}`;
  const options = { ...text.params };
  // The key is only known at run time, so i18next's typed `t` cannot check its params; the core's types did.
  const translate = instance.t as unknown as (key: string, options: object) => string;
  return instance.exists(key, options) ? translate(key, options) : text.message;
}
