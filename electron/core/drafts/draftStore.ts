import type { DraftSlot, DraftView } from '../../../shared/model/content';
import type { KeyValueStore, Logger } from '../platform';
import { readDraftsDocument, type DraftsDocument, type SlotDraft } from './draftsDocument';

export const draftsKey = 'drafts';
/** Reply and quote drafts kept at most (over all accounts); saving one more drops the least recently saved. */
export const maxSlotDrafts = 50;

export type DraftInput = Omit<DraftView, 'savedAt'>;

interface Drafts {
  byAccount: Record<string, DraftView>;
  /** By `slotKey`, least recently saved first (a Map keeps insertion order). */
  slots: Map<string, SlotDraft>;
}

const slotKey = (accountId: string, slot: DraftSlot) => JSON.stringify([accountId, slot.kind, slot.noteId]);

/**
 * The notes each account is writing, saved in the store under `drafts` on every change, so they
 * survive closing the composer, a restart and a crash: one new note per account, and one reply or
 * quote per account and note (the `maxSlotDrafts` most recently saved).
 */
export class DraftStore {
  private drafts: Drafts | undefined;

  constructor(
    private readonly store: KeyValueStore,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  get(accountId: string, slot?: DraftSlot): DraftView | null {
    const { byAccount, slots } = this.read();
    if (slot) return slots.get(slotKey(accountId, slot))?.draft ?? null;
    return Object.hasOwn(byAccount, accountId) ? byAccount[accountId]! : null;
  }

  /** Saves (or with null, deletes) the account's draft, or its draft for `slot`; written at once. */
  save(accountId: string, draft: DraftInput | null, slot?: DraftSlot): void {
    const { byAccount, slots } = this.read();
    const saved = draft && { ...draft, savedAt: new Date(this.now()).toISOString() };
    if (slot) {
      const key = slotKey(accountId, slot);
      if (!saved && !slots.has(key)) return;
      slots.delete(key);
      if (saved) slots.set(key, { accountId, slot: { kind: slot.kind, noteId: slot.noteId }, draft: saved });
    } else if (saved) {
      byAccount[accountId] = saved;
    } else {
      if (!Object.hasOwn(byAccount, accountId)) return;
      delete byAccount[accountId];
    }
    this.write();
  }

  /** The account's drafts: its new note (no slot), then its replies and quotes. */
  entriesOf(accountId: string): { slot?: DraftSlot; draft: DraftView }[] {
    const { byAccount, slots } = this.read();
    const entries: { slot?: DraftSlot; draft: DraftView }[] = Object.hasOwn(byAccount, accountId) ? [{ draft: byAccount[accountId]! }] : [];
    for (const entry of slots.values()) if (entry.accountId === accountId) entries.push({ slot: entry.slot, draft: entry.draft });
    return entries;
  }

  /** Deletes every draft of the account: its new note, replies and quotes. */
  removeAccount(accountId: string): void {
    const { byAccount, slots } = this.read();
    let changed = Object.hasOwn(byAccount, accountId);
    delete byAccount[accountId];
    for (const [key, entry] of slots) {
      if (entry.accountId !== accountId) continue;
      slots.delete(key);
      changed = true;
    }
    if (changed) this.write();
  }

  /** The stored drafts, read once. */
  private read(): Drafts {
    if (this.drafts) return this.drafts;
    const document = readDraftsDocument(this.store.get(draftsKey), this.logger);
    const slots = new Map<string, SlotDraft>();
    for (const entry of document.slots) {
      const key = slotKey(entry.accountId, entry.slot);
      slots.delete(key);
      slots.set(key, entry);
    }
    keepNewest(slots);
    this.drafts = { byAccount: document.byAccount, slots };
    return this.drafts;
  }

  private write(): void {
    const { byAccount, slots } = this.read();
    keepNewest(slots);
    const document: DraftsDocument = { version: 2, byAccount, slots: [...slots.values()] };
    this.store.set(draftsKey, document);
  }
}

function keepNewest(slots: Map<string, SlotDraft>): void {
  for (const key of slots.keys()) {
    if (slots.size <= maxSlotDrafts) return;
    slots.delete(key);
  }
}
