import { draftSlotKinds, type DraftRecipient, type DraftSlot, type DraftView } from '../../../shared/model/content';
import type { Logger } from '../platform';

/** A reply's or a quote's draft, as stored. */
export interface SlotDraft {
  accountId: string;
  slot: DraftSlot;
  draft: DraftView;
}

/**
 * The stored drafts. Version 1 held only `byAccount` (the new notes); version 2 adds `slots`,
 * the reply and quote drafts, least recently saved first. A draft saved before drafts kept a
 * direct note's `recipients` reads with none.
 */
export interface DraftsDocument {
  version: 2;
  byAccount: Record<string, DraftView>;
  slots: SlotDraft[];
}

const visibilities: readonly string[] = ['public', 'home', 'followers', 'specified'];
const slotKinds: readonly string[] = draftSlotKinds;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringOrNull = (value: unknown) => value === null || typeof value === 'string';
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 64;

const isRecipient = (value: unknown): value is DraftRecipient =>
  isRecord(value) && isId(value.id) && typeof value.username === 'string' && isStringOrNull(value.host) && isStringOrNull(value.name) && isStringOrNull(value.avatarUrl);

/** A stored draft as the current shape: recipients that cannot be read are left out. */
function draftFrom(value: DraftView): DraftView {
  const stored: unknown = value.recipients;
  const recipients = Array.isArray(stored) ? stored.filter(isRecipient).map(({ id, username, host, name, avatarUrl }) => ({ id, username, host, name, avatarUrl })) : [];
  return { ...value, recipients };
}

function isDraft(value: unknown): value is DraftView {
  return (
    isRecord(value) &&
    typeof value.text === 'string' &&
    isStringOrNull(value.cw) &&
    typeof value.visibility === 'string' &&
    visibilities.includes(value.visibility) &&
    typeof value.localOnly === 'boolean' &&
    isStringOrNull(value.replyId) &&
    isStringOrNull(value.renoteId) &&
    (value.pollChoices === null || (Array.isArray(value.pollChoices) && value.pollChoices.every((choice) => typeof choice === 'string'))) &&
    typeof value.savedAt === 'string'
  );
}

function isSlotDraft(value: unknown): value is SlotDraft {
  return (
    isRecord(value) &&
    isId(value.accountId) &&
    isRecord(value.slot) &&
    typeof value.slot.kind === 'string' &&
    slotKinds.includes(value.slot.kind) &&
    isId(value.slot.noteId) &&
    isDraft(value.draft)
  );
}

const emptyDocument = (): DraftsDocument => ({ version: 2, byAccount: Object.create(null) as Record<string, DraftView>, slots: [] });

/**
 * The stored document as version 2: a version 1 document keeps its new-note drafts; an unreadable
 * document (or unreadable drafts in it) is dropped with a warning.
 */
export function readDraftsDocument(stored: unknown, logger: Logger): DraftsDocument {
  const document = emptyDocument();
  if (stored === undefined) return document;
  const readable = isRecord(stored) && isRecord(stored.byAccount) && (stored.version === 1 || (stored.version === 2 && Array.isArray(stored.slots)));
  if (!readable) {
    logger.warn('the saved drafts could not be read; starting without drafts', { found: describe(stored) });
    return document;
  }
  for (const [accountId, draft] of Object.entries(stored.byAccount as Record<string, unknown>)) {
    if (isDraft(draft)) document.byAccount[accountId] = draftFrom(draft);
    else logger.warn('a saved draft could not be read and was dropped', { accountId });
  }
  for (const [index, entry] of (stored.version === 2 ? (stored.slots as unknown[]) : []).entries()) {
    if (isSlotDraft(entry)) document.slots.push({ accountId: entry.accountId, slot: { kind: entry.slot.kind, noteId: entry.slot.noteId }, draft: draftFrom(entry.draft) });
    else logger.warn('a saved reply or quote draft could not be read and was dropped', { index });
  }
  return document;
}

function describe(value: unknown): string {
  if (isRecord(value)) return `object with version ${JSON.stringify(value.version) ?? 'none'}`;
  return Array.isArray(value) ? 'array' : typeof value;
}
