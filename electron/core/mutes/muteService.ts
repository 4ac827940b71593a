import type { AccountMutes, MutedWord } from '../../../shared/model/mutes';
import type { AccountsService } from '../accounts/accountsService';
import type { MisskeyClient } from '../misskey/misskeyClient';
import type { KeyValueStore, Logger } from '../platform';
import { isMisskeyError, rethrowExplained, type Wording } from '../server/misskeyErrors';
import type { StreamingHub } from '../streaming/streamingHub';
import { readMeMutes } from './meMutes';
import { relationIds } from './userRelations';

export interface MuteServiceDeps {
  accounts: AccountsService;
  hub: StreamingHub;
  store: KeyValueStore;
  logger: Logger;
  now?: () => number;
  emit(mutes: AccountMutes): void;
}

interface Tracked {
  mutes: AccountMutes;
  loading: Promise<void> | null;
  /** userId → epoch ms a timed mute ends. */
  expiries: Map<string, number>;
  expiryTimer: NodeJS.Timeout | undefined;
  unsubscribe: () => void;
}

const reactionsKey = 'mutedReactions';
/** setTimeout's limit; a later expiry is looked at again then. */
const maxTimerMs = 2 ** 31 - 1;

const wording: Wording = {
  NO_SUCH_USER: 'noSuchUser',
  MUTEE_IS_YOURSELF: 'cannotMuteSelf',
  BLOCKEE_IS_YOURSELF: 'cannotBlockSelf',
  CANNOT_REPORT_YOURSELF: 'cannotReportSelf',
  CANNOT_REPORT_THE_ADMIN: 'cannotReportAdmin',
  INVALID_REGEXP: 'mutedWordsInvalid',
};

const empty = (accountId: string, mutedReactions: string[]): AccountMutes => ({
  accountId,
  mutedWords: [],
  hardMutedWords: [],
  mutedInstances: [],
  mutedUserIds: [],
  renoteMutedUserIds: [],
  blockedUserIds: [],
  mutedReactions,
  loaded: false,
});

const withId = (ids: readonly string[], id: string, present: boolean) => (present ? [...new Set([...ids, id])] : ids.filter((each) => each !== id));

/**
 * Per account, what it has muted: word and instance mutes from `i` (kept current by the main
 * channel's `meUpdated`), the ids of muted, renote-muted and blocked users (their lists), and the
 * reactions muted here. The renderer filters with these, because the server leaves word mutes to
 * the client and does not apply user mutes to `notes/show`, profiles or the main channel's `reply`.
 * An account is followed from the first time it is asked for.
 */
export class MuteService {
  private readonly tracked = new Map<string, Tracked>();
  private readonly now: () => number;

  constructor(private readonly deps: MuteServiceDeps) {
    this.now = deps.now ?? Date.now;
  }

  async get(accountId: string): Promise<AccountMutes> {
    const tracked = this.track(accountId);
    await tracked.loading;
    return tracked.mutes;
  }

  /** Reads everything again (after a reconnect, events may have been missed). */
  refresh(accountId: string): void {
    const tracked = this.tracked.get(accountId);
    if (tracked && !tracked.loading) tracked.loading = this.load(accountId, tracked);
  }

  forget(accountId: string): void {
    const tracked = this.tracked.get(accountId);
    if (!tracked) return;
    tracked.unsubscribe();
    clearTimeout(tracked.expiryTimer);
    this.tracked.delete(accountId);
  }

  dispose(): void {
    for (const accountId of [...this.tracked.keys()]) this.forget(accountId);
  }

  async setWords(accountId: string, mutedWords: MutedWord[], hardMutedWords: MutedWord[]): Promise<AccountMutes> {
    const me = await this.request(accountId, (client) => client.requestUntyped('i/update', { mutedWords, hardMutedWords }));
    return this.change(accountId, { mutedWords, hardMutedWords, ...readMeMutes(me) });
  }

  async setInstances(accountId: string, hosts: string[]): Promise<AccountMutes> {
    const mutedInstances = [...new Set(hosts.map((host) => host.trim().toLowerCase()).filter(Boolean))];
    const me = await this.request(accountId, (client) => client.requestUntyped('i/update', { mutedInstances }));
    return this.change(accountId, { mutedInstances, ...readMeMutes(me) });
  }

  async setReactions(accountId: string, reactions: string[]): Promise<AccountMutes> {
    await this.get(accountId);
    const mutedReactions = [...new Set(reactions)];
    const all = this.storedReactions();
    this.deps.store.set(reactionsKey, { ...all, [accountId]: mutedReactions });
    return this.change(accountId, { mutedReactions });
  }

  async mute(accountId: string, userId: string, mute: boolean, expiresAt: number | null | undefined): Promise<AccountMutes> {
    await this.request(accountId, (client) =>
      mute ? client.requestUntyped('mute/create', { userId, ...(expiresAt ? { expiresAt } : {}) }) : client.requestUntyped('mute/delete', { userId }),
      mute ? 'ALREADY_MUTING' : 'NOT_MUTING',
    );
    const tracked = this.track(accountId);
    if (mute && expiresAt) tracked.expiries.set(userId, expiresAt);
    else tracked.expiries.delete(userId);
    this.scheduleExpiry(accountId, tracked);
    return this.change(accountId, { mutedUserIds: withId(tracked.mutes.mutedUserIds, userId, mute) });
  }

  async renoteMute(accountId: string, userId: string, mute: boolean): Promise<AccountMutes> {
    await this.request(
      accountId,
      (client) => client.requestUntyped(mute ? 'renote-mute/create' : 'renote-mute/delete', { userId }),
      mute ? 'ALREADY_MUTING' : 'NOT_MUTING',
    );
    return this.change(accountId, { renoteMutedUserIds: withId(this.track(accountId).mutes.renoteMutedUserIds, userId, mute) });
  }

  async block(accountId: string, userId: string, block: boolean): Promise<AccountMutes> {
    await this.request(
      accountId,
      (client) => client.requestUntyped(block ? 'blocking/create' : 'blocking/delete', { userId }),
      block ? 'ALREADY_BLOCKING' : 'NOT_BLOCKING',
    );
    return this.change(accountId, { blockedUserIds: withId(this.track(accountId).mutes.blockedUserIds, userId, block) });
  }

  async report(accountId: string, userId: string, comment: string): Promise<null> {
    await this.request(accountId, (client) => client.requestUntyped('users/report-abuse', { userId, comment }));
    return null;
  }

  /** A request on the account's server; `alreadySo` is the Misskey code meaning the wanted state already holds. */
  private async request(accountId: string, send: (client: MisskeyClient) => Promise<unknown>, alreadySo?: string): Promise<unknown> {
    try {
      return await send(this.deps.accounts.clientFor(accountId));
    } catch (failure) {
      if (alreadySo && isMisskeyError(failure, alreadySo)) return null;
      return rethrowExplained(failure, wording);
    }
  }

  private track(accountId: string): Tracked {
    const known = this.tracked.get(accountId);
    if (known) return known;
    const tracked: Tracked = {
      mutes: empty(accountId, this.storedReactions()[accountId] ?? []),
      loading: null,
      expiries: new Map(),
      expiryTimer: undefined,
      unsubscribe: () => undefined,
    };
    this.tracked.set(accountId, tracked);
    tracked.unsubscribe = this.deps.hub.subscribe(this.deps.accounts.hubAccount(accountId), 'main', {}, (type, body) => {
      if (type === 'meUpdated') this.change(accountId, readMeMutes(body));
    });
    tracked.loading = this.load(accountId, tracked);
    return tracked;
  }

  private async load(accountId: string, tracked: Tracked): Promise<void> {
    try {
      const client = this.deps.accounts.clientFor(accountId);
      const [me, muted, renoteMuted, blocked] = await Promise.all([
        client.requestUntyped('i', {}),
        relationIds(client, 'mute'),
        relationIds(client, 'renoteMute'),
        relationIds(client, 'block'),
      ]);
      if (this.tracked.get(accountId) !== tracked) return;
      tracked.expiries = muted.expiries;
      this.scheduleExpiry(accountId, tracked);
      this.change(accountId, {
        ...readMeMutes(me),
        mutedUserIds: muted.ids,
        renoteMutedUserIds: renoteMuted.ids,
        blockedUserIds: blocked.ids,
        loaded: true,
      });
    } catch (error) {
      this.deps.logger.warn('could not read the account’s mutes', { accountId, error: String(error) });
    } finally {
      tracked.loading = null;
    }
  }

  /** A timed mute ends on the server by itself: its user's notes show again here then. */
  private scheduleExpiry(accountId: string, tracked: Tracked): void {
    clearTimeout(tracked.expiryTimer);
    if (tracked.expiries.size === 0) return;
    const next = Math.min(...tracked.expiries.values());
    tracked.expiryTimer = setTimeout(() => {
      const now = this.now();
      const ended = [...tracked.expiries].filter(([, at]) => at <= now).map(([userId]) => userId);
      for (const userId of ended) tracked.expiries.delete(userId);
      if (ended.length > 0) this.change(accountId, { mutedUserIds: tracked.mutes.mutedUserIds.filter((id) => !ended.includes(id)) });
      this.scheduleExpiry(accountId, tracked);
    }, Math.min(Math.max(0, next - this.now()), maxTimerMs));
    tracked.expiryTimer.unref?.();
  }

  private change(accountId: string, patch: Partial<AccountMutes>): AccountMutes {
    const tracked = this.track(accountId);
    tracked.mutes = { ...tracked.mutes, ...patch };
    this.deps.emit(tracked.mutes);
    return tracked.mutes;
  }

  private storedReactions(): Record<string, string[]> {
    const stored = this.deps.store.get(reactionsKey);
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
    const out: Record<string, string[]> = {};
    for (const [accountId, list] of Object.entries(stored)) {
      if (Array.isArray(list)) out[accountId] = list.filter((each): each is string => typeof each === 'string');
    }
    return out;
  }
}
