import type { LinkPreview } from '../../../shared/model/linkPreview';
import type { ErrorCode } from '../../../shared/contract/result';
import { getBridge } from '../../bridge';

export type PreviewState =
  | { status: 'loading' }
  /**
   * `retry`: the core could not be reached (link to it down or timed out): the next card to mount asks
   * again. Any answer of the core, a refusal included, stands for the session.
   */
  | { status: 'done'; preview: LinkPreview | null; retry?: boolean };

const loading: PreviewState = { status: 'loading' };
/** Answers kept in the renderer (the core keeps more): enough for every row a deck shows. */
const capacity = 600;

const states = new Map<string, PreviewState>();
const listeners = new Map<string, Set<() => void>>();

export const previewKey = (accountId: string, lang: 'en' | 'ja', url: string) => `${accountId}\n${lang}\n${url}`;

/** Answers that came since the last frame: their cards re-render together, once a frame. */
const settled = new Set<string>();
let flushScheduled = false;

function flush(): void {
  flushScheduled = false;
  const keys = [...settled];
  settled.clear();
  for (const key of keys) for (const listener of listeners.get(key) ?? []) listener();
}

function settle(key: string, state: PreviewState): void {
  states.set(key, state);
  // Oldest first out, but never one a mounted card still watches.
  for (const old of states.keys()) {
    if (states.size <= capacity) break;
    if (!listeners.get(old)?.size) states.delete(old);
  }
  settled.add(key);
  if (flushScheduled) return;
  flushScheduled = true;
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(flush);
  else setTimeout(flush, 0);
}

/** The preview's state for `key` (loading until the core answers). */
export const previewState = (key: string): PreviewState => states.get(key) ?? loading;

export function subscribePreview(key: string, listener: () => void): () => void {
  let set = listeners.get(key);
  if (!set) listeners.set(key, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(key);
  };
}

/** The codes a call that never reached the core (or never came back) fails with: the transport's, not the core's. */
const coreUnreachable: readonly ErrorCode[] = ['NETWORK', 'TIMEOUT'];

/** Ask the core once for a preview not asked yet; the answer reaches every card watching it. */
export function requestPreview(accountId: string, lang: 'en' | 'ja', url: string): void {
  const key = previewKey(accountId, lang, url);
  const known = states.get(key);
  if (known && !(known.status === 'done' && known.retry)) return;
  states.set(key, loading);
  getBridge()
    .commands['previews.get']({ accountId, url, lang })
    .then(
      (result) =>
        settle(key, result.ok ? { status: 'done', preview: result.value } : { status: 'done', preview: null, ...(coreUnreachable.includes(result.error.code) ? { retry: true } : {}) }),
      () => settle(key, { status: 'done', preview: null, retry: true }),
    );
}

/** For tests. */
export function resetPreviewCache(): void {
  states.clear();
}
