import type { CommandName } from '../shared/contract/commands';
import type { Result } from '../shared/contract/result';
import { getBridge } from './bridge';
import type { AppStore } from './store';

/**
 * Read-only hooks for `npm run bench` (bench/). Installed only when the page was opened with
 * `#…&bench=1` (remembered for the tab in sessionStorage, as the host secret is); never otherwise.
 */
export interface MissDeckBenchProbe {
  /** A column's note ids as the store holds them, newest first. */
  columnNoteIds(columnId: string): string[];
  /** The columns on the deck, in order. */
  columns(): { id: string; accountId: string; kind: string }[];
  /** A column's load state (loaded, loading older, window full, reached end). */
  columnLoad(columnId: string): { status: string; loadingOlder: boolean; reachedEnd: boolean; windowFull: boolean } | null;
  /** Any contract command, through the bridge the app itself uses. */
  call(name: string, input: unknown): Promise<Result<unknown>>;
  /** From now on, remember every note id each column holds (sampled every 500 ms), to tell notes lost beyond the window. */
  trackSeen(): void;
  /** The note ids a column has held since `trackSeen()`. */
  seenNoteIds(columnId: string): string[];
}

declare global {
  interface Window {
    __missdeckBench?: MissDeckBenchProbe;
  }
}

const flagKey = 'missdeck.bench';

function benchRequested(): boolean {
  const hash = window.location.hash.startsWith('#') ? window.location.hash.slice(1) : '';
  if (new URLSearchParams(hash).get('bench') === '1') {
    try {
      window.sessionStorage.setItem(flagKey, '1');
    } catch {
      // Without storage the flag still holds for this page load.
    }
    return true;
  }
  try {
    return window.sessionStorage.getItem(flagKey) === '1';
  } catch {
    return false;
  }
}

// Read when this module is imported, before the bridge takes the secret out of the URL's hash.
const requested = benchRequested();

export function installBenchProbe(store: AppStore): void {
  if (!requested) return;
  const commands = getBridge().commands as unknown as Record<CommandName, (input: unknown) => Promise<Result<unknown>>>;
  const seen = new Map<string, Set<string>>();
  let tracking = false;
  let last: Record<string, string[]> = {};
  const record = () => {
    const columnNoteIds = store.getState().columnNoteIds;
    if (columnNoteIds === last) return;
    for (const [columnId, ids] of Object.entries(columnNoteIds)) {
      if (last[columnId] === ids) continue;
      let set = seen.get(columnId);
      if (!set) seen.set(columnId, (set = new Set()));
      for (const id of ids) set.add(id);
    }
    last = columnNoteIds;
  };
  window.__missdeckBench = {
    columnNoteIds: (columnId) => [...(store.getState().columnNoteIds[columnId] ?? [])],
    columns: () => store.getState().columns.map((c) => ({ id: c.id, accountId: c.accountId, kind: c.kind })),
    columnLoad: (columnId) => {
      const load = store.getState().columnLoads[columnId];
      return load ? { status: load.status, loadingOlder: load.loadingOlder, reachedEnd: load.reachedEnd, windowFull: load.windowFull } : null;
    },
    // An unknown name comes back from the core as UNKNOWN_COMMAND.
    call: (name, input) => commands[name as CommandName](input),
    trackSeen: () => {
      if (tracking) return;
      tracking = true;
      // Sampled twice a second rather than on every store update, to stay out of the figures:
      // a note stays in a column's window far longer than that at any rate the bench floods.
      setInterval(record, 500);
      record();
    },
    seenNoteIds: (columnId) => {
      if (tracking) record();
      return [...(seen.get(columnId) ?? [])];
    },
  };
}
