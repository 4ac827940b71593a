import type { PageQuery } from './api/timelines';

// Raw note objects pushed by the control API (`injectNotes`), for hostile-content tests: they are
// sent and served exactly as given, never validated, so they may have any shape at all.

/** The timeline channels `injectNotes` can push to; the REST timeline of the same name answers with them too. */
export const INJECT_CHANNELS = ['homeTimeline', 'localTimeline', 'hybridTimeline', 'globalTimeline'] as const;

export type InjectChannel = (typeof INJECT_CHANNELS)[number];

export const isInjectChannel = (value: unknown): value is InjectChannel => (INJECT_CHANNELS as readonly unknown[]).includes(value);

const idOf = (note: unknown): string | null => {
  if (typeof note !== 'object' || note === null || Array.isArray(note)) return null;
  const id = (note as { id?: unknown }).id;
  return typeof id === 'string' ? id : null;
};

/** Injected notes kept for the REST timelines, per viewer and channel. */
export class InjectedNotes {
  private readonly byKey = new Map<string, unknown[]>();

  add(userId: string, channel: InjectChannel, notes: readonly unknown[]): number {
    const key = `${userId}\n${channel}`;
    const list = this.byKey.get(key) ?? [];
    list.push(...notes);
    this.byKey.set(key, list);
    return list.length;
  }

  clear(): number {
    let n = 0;
    for (const list of this.byKey.values()) n += list.length;
    this.byKey.clear();
    return n;
  }

  /**
   * A page of the REST timeline with the injected notes mixed in. `packed` is the real page of `channel`'s
   * REST timeline, already paged and limited.
   */
  mix(userId: string | null, channel: string, packed: unknown[], q: PageQuery): unknown[] {
    if (!userId || !isInjectChannel(channel)) return packed;
    return mixInjected(this.byKey.get(`${userId}\n${channel}`), packed, q);
  }
}

/**
 * A page with injected objects mixed in: those with a string id are paged with the real ones (by id, as
 * Misskey pages); those without one only appear in an unpaged request, at its top.
 */
export function mixInjected(injected: readonly unknown[] | undefined, packed: unknown[], q: PageQuery): unknown[] {
  if (!injected || injected.length === 0) return packed;
  const hasSince = q.sinceId !== undefined || q.sinceDate !== undefined;
  const hasUntil = q.untilId !== undefined || q.untilDate !== undefined;
  const withId = injected.filter((n) => {
    const id = idOf(n);
    return id !== null && (q.sinceId === undefined || id > q.sinceId) && (q.untilId === undefined || id < q.untilId);
  });
  const ascending = hasSince && !hasUntil;
  const key = (n: unknown) => idOf(n) ?? '';
  const merged = [...packed, ...withId].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  if (!ascending) merged.reverse();
  const idless = hasSince || hasUntil ? [] : injected.filter((n) => idOf(n) === null);
  return [...idless, ...merged].slice(0, q.limit);
}
