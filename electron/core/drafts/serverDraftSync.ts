import type { DraftSlot } from '../../../shared/model/content';
import type { NoteDraftsStatus, ServerDraftView } from '../../../shared/model/noteDrafts';
import { coreMessage } from '../../../shared/messages/coreMessage';
import { acctOf, type AccountsService } from '../accounts/accountsService';
import type { NoticeBoard } from '../app/noticeBoard';
import { CommandFailure } from '../commands/commandFailure';
import type { KeyValueStore, Logger } from '../platform';
import { isMisskeyError } from '../server/misskeyErrors';
import type { DraftInput, DraftStore } from './draftStore';
import { contentKey, contentOfLocal, planSync, type DraftLink } from './draftSync';
import { createDraft, deleteDraft, draftParams, listDrafts, localFromServer, serverContent, updateDraft } from './serverDrafts';

export const draftLinksKey = 'draftLinks';
/** After a failed sync (offline, server down), try again this much later. */
const retryMs = 30_000;
const syncDelayMs = 800;
const readWaitMs = 2_500;
const policiesTtlMs = 5 * 60_000;

interface StoredLink extends DraftLink {
  accountId: string;
  slot?: DraftSlot;
}

const entryKey = (accountId: string, slot?: DraftSlot) => JSON.stringify(slot ? [accountId, slot.kind, slot.noteId] : [accountId]);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The slot a server draft belongs to in the composer: its reply, its quote, or the new note. */
export const slotOfServerDraft = (view: ServerDraftView): DraftSlot | undefined =>
  view.replyId ? { kind: 'reply', noteId: view.replyId } : view.renoteId ? { kind: 'quote', noteId: view.renoteId } : undefined;

export interface Availability {
  available: boolean;
  reason: NoteDraftsStatus['reason'];
  draftLimit: number | null;
  scheduledLimit: number | null;
}

/**
 * Keeps MissDeck's drafts on the account's server where it keeps drafts (`notes/drafts/*`), so the
 * web client sees the same; the local DraftStore stays the copy the composer reads and writes,
 * which survives a crash or being offline. Each local draft is linked to its server draft with the
 * content both agreed on last (`draftLinks` in the store), so changes on either side are told
 * apart; when both changed, both are kept (see `planSync`).
 */
export class ServerDraftSync {
  private links: Map<string, StoredLink> | undefined;
  private readonly running = new Map<string, Promise<void>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly policies = new Map<string, { at: number; value: Availability }>();

  constructor(
    private readonly accounts: AccountsService,
    private readonly drafts: DraftStore,
    private readonly store: KeyValueStore,
    private readonly logger: Logger,
    private readonly notices: NoticeBoard,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether the server keeps drafts and MissDeck may use them, with the role's limits. */
  async availability(accountId: string): Promise<Availability> {
    const cached = this.policies.get(accountId);
    if (cached && this.now() - cached.at < policiesTtlMs) return cached.value;
    const account = this.accounts.find(accountId);
    if (!account) throw new CommandFailure('NOT_FOUND', coreMessage('accountGone'));
    let value: Availability;
    if (!account.permissions.includes('write:account')) {
      value = { available: false, reason: coreMessage('signInAgainForDrafts', { acct: acctOf(account) }), draftLimit: null, scheduledLimit: null };
    } else {
      const me: unknown = await this.accounts.clientFor(accountId).requestUntyped('i', {});
      const policies = isRecord(me) && isRecord(me.policies) ? me.policies : {};
      const draftLimit = typeof policies.noteDraftLimit === 'number' ? policies.noteDraftLimit : null;
      const scheduledLimit = typeof policies.scheduledNoteLimit === 'number' ? policies.scheduledNoteLimit : null;
      value = draftLimit === null ? { available: false, reason: coreMessage('serverHasNoDrafts'), draftLimit, scheduledLimit } : { available: true, reason: null, draftLimit, scheduledLimit };
    }
    this.policies.set(accountId, { at: this.now(), value });
    return value;
  }

  async requireAvailable(accountId: string): Promise<Availability> {
    const availability = await this.availability(accountId);
    if (!availability.available) throw new CommandFailure('PERMISSION_DENIED', availability.reason ?? coreMessage('serverHasNoDrafts'));
    return availability;
  }

  /** A local draft changed: sync it shortly (a burst of saves makes one sync). */
  scheduleSync(accountId: string, delayMs = syncDelayMs): void {
    clearTimeout(this.timers.get(accountId));
    const timer = setTimeout(() => {
      this.timers.delete(accountId);
      this.sync(accountId).catch((error: unknown) => {
        this.logger.warn('draft sync failed; will retry', { accountId, error: error instanceof Error ? error.message : String(error) });
        this.scheduleSync(accountId, retryMs);
      });
    }, delayMs);
    timer.unref?.();
    this.timers.set(accountId, timer);
  }

  /** Brings the account's local drafts and their server copies together; one run per account at a time. */
  sync(accountId: string): Promise<void> {
    const previous = this.running.get(accountId) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.syncNow(accountId));
    this.running.set(accountId, run);
    return run.finally(() => {
      if (this.running.get(accountId) === run) this.running.delete(accountId);
    });
  }

  /**
   * Before the composer reads a draft: take what changed on the server (edited in the web client),
   * waiting at most `readWaitMs`; offline or slow, the local copy is read as it is.
   */
  async syncBeforeRead(accountId: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, readWaitMs);
    });
    const synced = this.sync(accountId).catch((error: unknown) => {
      this.logger.warn('draft sync before read failed', { accountId, error: error instanceof Error ? error.message : String(error) });
      this.scheduleSync(accountId, retryMs);
    });
    await Promise.race([synced, waited]);
    clearTimeout(timer);
  }

  /** Whether the local draft in `slot` holds something the server has not got yet. */
  isUnsynced(accountId: string, slot?: DraftSlot): boolean {
    const local = this.drafts.get(accountId, slot);
    if (!local) return false;
    const link = this.read().get(entryKey(accountId, slot));
    return !link || contentKey(contentOfLocal(local)) !== link.baseline;
  }

  /** The composer's draft in `slot` is now this server draft (what was there stays on the server). */
  async open(accountId: string, view: ServerDraftView): Promise<void> {
    const slot = slotOfServerDraft(view);
    const local = await localFromServer(this.accounts.clientFor(accountId), view, this.drafts.get(accountId, slot)?.recipients ?? []);
    this.drafts.save(accountId, local, slot);
    this.setLink(accountId, slot, { serverId: view.id, baseline: contentKey(serverContent(view)) });
  }

  /** The server draft the composer's draft in `slot` is kept as, and no longer linked (it becomes a scheduled note). */
  takeLink(accountId: string, slot?: DraftSlot): string | null {
    const key = entryKey(accountId, slot);
    const link = this.read().get(key);
    if (!link) return null;
    this.read().delete(key);
    this.write();
    return link.serverId;
  }

  /** A server draft deleted or posted through MissDeck: no local draft stays tied to it. */
  forgetServerDraft(serverId: string): void {
    const links = this.read();
    for (const [key, link] of links) if (link.serverId === serverId) links.delete(key);
    this.write();
  }

  removeAccount(accountId: string): void {
    const links = this.read();
    for (const [key, link] of links) if (link.accountId === accountId) links.delete(key);
    this.write();
    clearTimeout(this.timers.get(accountId));
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private async syncNow(accountId: string): Promise<void> {
    if (!this.accounts.isUsable(accountId)) return;
    if (!(await this.availability(accountId)).available) return;
    const client = this.accounts.clientFor(accountId);
    const server = new Map((await listDrafts(client, false)).map((view) => [view.id, view]));
    const locals = new Map(this.drafts.entriesOf(accountId).map((entry) => [entryKey(accountId, entry.slot), entry]));
    const keys = new Set([...locals.keys(), ...[...this.read().entries()].filter(([, link]) => link.accountId === accountId).map(([key]) => key)]);
    for (const key of keys) {
      const entry = locals.get(key);
      const link = this.read().get(key) ?? null;
      const slot = entry?.slot ?? link?.slot;
      const local = entry ? contentOfLocal(entry.draft) : null;
      const remote = link ? (server.get(link.serverId) ?? null) : null;
      const step = planSync(local, link, remote ? serverContent(remote) : null);
      switch (step.kind) {
        case 'none':
          break;
        case 'create':
        case 'conflict': {
          try {
            const created = await createDraft(client, draftParams(local!));
            this.setLink(accountId, slot, { serverId: created.id, baseline: contentKey(local!) });
          } catch (failure) {
            if (!isMisskeyError(failure, 'TOO_MANY_DRAFTS')) throw failure;
            this.notices.post({ id: `drafts-full-${accountId}`, level: 'warning', ...coreMessage('draftsFullKeptLocally') });
            break;
          }
          if (step.kind === 'conflict') this.notices.post({ id: `draft-conflict-${accountId}`, level: 'info', ...coreMessage('draftConflictKeptBoth') });
          break;
        }
        case 'update':
          await updateDraft(client, step.serverId, draftParams(local!));
          this.setLink(accountId, slot, { serverId: step.serverId, baseline: contentKey(local!) });
          break;
        case 'rebase':
          this.setLink(accountId, slot, { serverId: step.serverId, baseline: contentKey(local!) });
          break;
        case 'adopt': {
          const adopted = await localFromServer(client, remote!, entry!.draft.recipients);
          this.drafts.save(accountId, adopted as DraftInput, slot);
          this.setLink(accountId, slot, { serverId: step.serverId, baseline: contentKey(serverContent(remote!)) });
          break;
        }
        case 'dropLocal':
          this.drafts.save(accountId, null, slot);
          this.setLink(accountId, slot, null);
          break;
        case 'deleteServer':
          try {
            await deleteDraft(client, step.serverId);
          } catch (failure) {
            if (!isMisskeyError(failure, 'NO_SUCH_NOTE_DRAFT')) throw failure;
          }
          this.setLink(accountId, slot, null);
          break;
        case 'unlink':
          this.setLink(accountId, slot, null);
          break;
      }
    }
  }

  private setLink(accountId: string, slot: DraftSlot | undefined, link: DraftLink | null): void {
    const key = entryKey(accountId, slot);
    if (link) this.read().set(key, { accountId, ...(slot ? { slot: { kind: slot.kind, noteId: slot.noteId } } : {}), serverId: link.serverId, baseline: link.baseline });
    else this.read().delete(key);
    this.write();
  }

  private read(): Map<string, StoredLink> {
    if (this.links) return this.links;
    const stored = this.store.get(draftLinksKey);
    const links = new Map<string, StoredLink>();
    for (const value of isRecord(stored) && Array.isArray(stored.links) ? stored.links : []) {
      if (!isRecord(value) || typeof value.accountId !== 'string' || typeof value.serverId !== 'string' || typeof value.baseline !== 'string') continue;
      const slot: DraftSlot | undefined =
        isRecord(value.slot) && (value.slot.kind === 'reply' || value.slot.kind === 'quote') && typeof value.slot.noteId === 'string' ? { kind: value.slot.kind, noteId: value.slot.noteId } : undefined;
      links.set(entryKey(value.accountId, slot), { accountId: value.accountId, ...(slot ? { slot } : {}), serverId: value.serverId, baseline: value.baseline });
    }
    this.links = links;
    return links;
  }

  private write(): void {
    this.store.set(draftLinksKey, { version: 1, links: [...this.read().values()] });
  }
}
