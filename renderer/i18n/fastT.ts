import type { i18n as I18n, TFunction } from 'i18next';

const placeholder = /\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}/g;
/** Options that change which string i18next picks, or how: those calls go to i18next itself. */
const steering = new Set(['count', 'context', 'defaultValue', 'lng', 'lngs', 'ns', 'returnObjects', 'returnDetails', 'joinArrays', 'ordinal', 'interpolation', 'replace', 'keySeparator', 'nsSeparator']);

function plainParams(options: unknown): Record<string, string | number> | null {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return null;
  for (const [name, value] of Object.entries(options)) {
    if (steering.has(name) || (typeof value !== 'string' && typeof value !== 'number')) return null;
  }
  return options as Record<string, string | number>;
}

/**
 * `t` for one language that remembers what it looked up: i18next resolves every call afresh, which
 * shows when hundreds of note rows render a second. A key alone is looked up once; a key with
 * plain `{{name}}` values is filled in from the catalogue string; anything else (plurals, context,
 * nesting, formats) goes to i18next.
 */
export function fastT(i18n: I18n, language: string): TFunction {
  const fixed = i18n.getFixedT(language) as unknown as (...args: unknown[]) => string;
  const plain = new Map<string, string>();
  const templates = new Map<string, string | null>();

  const templateOf = (key: string): string | null => {
    let template = templates.get(key);
    if (template !== undefined) return template;
    const raw: unknown = i18n.getResource(language, 'translation', key) ?? i18n.getResource('en', 'translation', key);
    template = typeof raw === 'string' && !raw.includes('$t(') && !/\{\{[^}]*[,-][^}]*\}\}/.test(raw) ? raw : null;
    templates.set(key, template);
    return template;
  };

  return ((...args: unknown[]) => {
    const [key, options] = args;
    if (typeof key !== 'string' || args.length > 2) return fixed(...args);
    if (args.length === 1 || options === undefined) {
      let text = plain.get(key);
      if (text === undefined) plain.set(key, (text = fixed(key)));
      return text;
    }
    const params = plainParams(options);
    const template = params && templateOf(key);
    if (!params || !template) return fixed(...args);
    let missing = false;
    const text = template.replace(placeholder, (_, name: string) => {
      const value = params[name];
      if (value === undefined) missing = true;
      return String(value);
    });
    return missing ? fixed(...args) : text;
  }) as unknown as TFunction;
}
