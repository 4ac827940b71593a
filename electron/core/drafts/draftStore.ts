import type { DraftView } from '../../../shared/model/content';
import type { KeyValueStore, Logger } from '../platform';

export const draftsKey = 'drafts';

interface DraftsDocument {
  version: 1;
  byAccount: Record<string, DraftView>;
}

export type DraftInput = Omit<DraftView, 'savedAt'>;

const visibilities: readonly string[] = ['public', 'home', 'followers', 'specified'];
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringOrNull = (value: unknown) => value === null || typeof value === 'string';

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

/**
 * The note each account is writing, saved in the store under `drafts` on every change, so it
 * survives closing the composer, a restart and a crash. One draft per account.
 */
export class DraftStore {
  private document: DraftsDocument | undefined;

  constructor(
    private readonly store: KeyValueStore,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  get(accountId: string): DraftView | null {
    const drafts = this.read().byAccount;
    return Object.hasOwn(drafts, accountId) ? drafts[accountId]! : null;
  }

  /** Saves (or with null, deletes) the account's draft; written at once. */
  save(accountId: string, draft: DraftInput | null): void {
    const document = this.read();
    if (draft === null) {
      if (!Object.hasOwn(document.byAccount, accountId)) return;
      delete document.byAccount[accountId];
    } else {
      document.byAccount[accountId] = { ...draft, savedAt: new Date(this.now()).toISOString() };
    }
    this.store.set(draftsKey, document);
  }

  /** The document, read once; an unreadable one (or unreadable drafts in it) is dropped with a warning. */
  private read(): DraftsDocument {
    if (this.document) return this.document;
    const stored = this.store.get(draftsKey);
    const byAccount: Record<string, DraftView> = Object.create(null) as Record<string, DraftView>;
    if (stored !== undefined) {
      if (!isRecord(stored) || stored.version !== 1 || !isRecord(stored.byAccount)) {
        this.logger.warn('the saved drafts could not be read; starting without drafts', { found: describe(stored) });
      } else {
        for (const [accountId, draft] of Object.entries(stored.byAccount)) {
          if (isDraft(draft)) byAccount[accountId] = draft;
          else this.logger.warn('a saved draft could not be read and was dropped', { accountId });
        }
      }
    }
    this.document = { version: 1, byAccount };
    return this.document;
  }
}

function describe(value: unknown): string {
  if (isRecord(value)) return `object with version ${JSON.stringify(value.version) ?? 'none'}`;
  return Array.isArray(value) ? 'array' : typeof value;
}
