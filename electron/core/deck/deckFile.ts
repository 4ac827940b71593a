import { z } from 'zod';
import { columnKinds, everyAccount, type ColumnView } from '../../../shared/model/column';
import { deckNameMax } from '../../../shared/model/deck';
import type { CoreText } from '../../../shared/messages/coreText';
import { coreMessage } from '../../../shared/messages/coreMessage';

/** What names an exported deck file; `version` changes when its shape does. */
export const deckFileFormat = 'missdeck.deck';
export const deckFileVersion = 1;
/** Far above any real deck (100 columns are a few tens of KiB); a larger file is refused unread. */
export const deckFileMaxChars = 256 * 1024;
const maxColumns = 100;

/** `@user@host` of a signed-in account, or `*` for a column of every account. */
const account = z.union([z.literal(everyAccount), z.string().regex(/^@[A-Za-z0-9_.-]{1,128}@[A-Za-z0-9.-]{1,253}(:\d{1,5})?$/)]);
const paramKey = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/);
const paramValue = z.union([z.string().max(512), z.number().finite(), z.boolean()]);

const fileColumn = z
  .object({
    account,
    kind: z.enum(columnKinds),
    params: z.record(paramKey, paramValue).refine((params) => Object.keys(params).length <= 32, 'too many params'),
    width: z.number().int().min(200).max(1200),
    collapsed: z.boolean(),
    stacked: z.boolean().optional(),
    stackShare: z.number().min(0.1).max(10).optional(),
    notify: z.boolean().optional(),
    sound: z.boolean().optional(),
  })
  .strict();
export type DeckFileColumn = z.infer<typeof fileColumn>;

const deckFile = z
  .object({
    format: z.literal(deckFileFormat),
    version: z.literal(deckFileVersion),
    name: z.string().max(deckNameMax),
    exportedAt: z.string().max(64).optional(),
    columns: z.array(fileColumn).max(maxColumns),
  })
  .strict();
export type DeckFile = z.infer<typeof deckFile>;

/** Keys that would reach an object's prototype if anything ever copied the file with a plain assignment. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

function forbiddenKeyIn(value: unknown, depth = 0): string | null {
  if (depth > 16 || value === null || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    if (forbiddenKeys.has(key)) return key;
    const inner = forbiddenKeyIn((value as Record<string, unknown>)[key], depth + 1);
    if (inner !== null) return inner;
  }
  return null;
}

export type DeckFileCheck = { ok: true; file: DeckFile } | { ok: false; reason: CoreText };

/** Reads an exported deck, refusing anything that is not one (with the reason, for the user). */
export function readDeckFile(text: string): DeckFileCheck {
  if (text.length > deckFileMaxChars) return { ok: false, reason: coreMessage('deckFileTooLarge', { limit: `${deckFileMaxChars / 1024} KiB` }) };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: coreMessage('deckFileNotJson') };
  }
  const forbidden = forbiddenKeyIn(raw);
  if (forbidden !== null) return { ok: false, reason: coreMessage('deckFileForbiddenKey', { key: forbidden }) };
  const head = z.object({ format: z.literal(deckFileFormat), version: z.unknown() }).loose().safeParse(raw);
  if (!head.success) return { ok: false, reason: coreMessage('deckFileNotADeck') };
  if (head.data.version !== deckFileVersion) return { ok: false, reason: coreMessage('deckFileVersion', { version: String(head.data.version).slice(0, 16), supported: deckFileVersion }) };
  const parsed = deckFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map(String).join('.') || '(file)';
    return { ok: false, reason: coreMessage('deckFileInvalid', { where: where.slice(0, 80) }) };
  }
  return { ok: true, file: parsed.data };
}

/** A deck as a file: accounts named by `@user@host`, so it can be imported on another machine. */
export function writeDeckFile(name: string, columns: readonly ColumnView[], acctOf: (accountId: string) => string | undefined, now: Date): DeckFile {
  return {
    format: deckFileFormat,
    version: deckFileVersion,
    name,
    exportedAt: now.toISOString(),
    columns: columns.map((column) => ({
      account: column.accountId === everyAccount ? everyAccount : (column.missingAccount ?? acctOf(column.accountId) ?? everyAccount),
      kind: column.kind,
      params: column.params,
      width: column.width,
      collapsed: column.collapsed,
      ...(column.stacked ? { stacked: true } : {}),
      ...(column.stackShare !== undefined ? { stackShare: column.stackShare } : {}),
      ...(column.notify ? { notify: true } : {}),
      ...(column.sound ? { sound: true } : {}),
    })),
  };
}
