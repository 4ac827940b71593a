import { coreMessagesEn } from './coreMessagesEn';

type Templates = typeof coreMessagesEn;
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralForm}` ? Base : K;

/** A sentence the core can send: `accountGone`, `rateLimitedFor`, `accountsDropped` (plural forms share one key). */
export type CoreMessageKey = WithoutPlural<keyof Templates & string>;

type TemplatesOf<K extends CoreMessageKey> = Templates[Extract<keyof Templates, K | `${K}_${PluralForm}`>];
type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;
type VariableName<S extends string> = S extends `${infer Name},${string}` ? Trim<Name> : Trim<S>;
/** The `{{names}}` in a template, read from its type: the English text declares each key's params. */
type Variables<S extends string> = S extends `${string}{{${infer Inner}}}${infer Rest}` ? VariableName<Inner> | Variables<Rest> : never;

/** The params a key's sentence needs; `count` chooses the plural form, so it is a number. */
export type CoreMessageParamsOf<K extends CoreMessageKey> = {
  readonly [V in Variables<TemplatesOf<K>>]: V extends 'count' ? number : string | number;
};
/** `[]` for a key without params, `[params]` otherwise. */
export type CoreMessageArgs<K extends CoreMessageKey> = [Variables<TemplatesOf<K>>] extends [never] ? [] : [params: CoreMessageParamsOf<K>];
/** Keys whose sentence needs no params. */
export type PlainCoreMessageKey = { [K in CoreMessageKey]: CoreMessageArgs<K> extends [] ? K : never }[CoreMessageKey];

export type CoreMessageParams = Readonly<Record<string, string | number>>;

/**
 * A sentence made outside the renderer. The renderer shows `messageKey` (with `params`) from its
 * catalogue in the user's language; `message` is the same sentence in English, for logs, tests and
 * any reader that does not know the key.
 */
export interface CoreText {
  message: string;
  messageKey?: CoreMessageKey;
  params?: CoreMessageParams;
}

export const coreMessageKeys: readonly CoreMessageKey[] = [...new Set(Object.keys(coreMessagesEn).map((key) => key.replace(pluralSuffix, '')))] as CoreMessageKey[];

const known = new Set<string>(coreMessageKeys);
/** Whether a key (from the wire: perhaps from a newer core) is one this build knows. */
export const isCoreMessageKey = (key: unknown): key is CoreMessageKey => typeof key === 'string' && known.has(key);
