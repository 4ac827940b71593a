import { mixInjected } from './injected';
import type { PageQuery } from './api/timelines';

// Raw chat messages pushed by the control API (`injectChat`), for hostile-content tests: sent on the
// reader's `chatUser` stream and served by `chat/messages/user-timeline` / `chat/history` exactly as given.

export class InjectedChat {
  /** `${readerId}\n${otherId}` → raw messages of that 1:1 conversation. */
  private readonly timelines = new Map<string, unknown[]>();
  /** readerId → raw `chat/history` entries, served before the real ones. */
  private readonly histories = new Map<string, unknown[]>();

  add(readerId: string, otherId: string, messages: readonly unknown[]): void {
    const key = `${readerId}\n${otherId}`;
    this.timelines.set(key, [...(this.timelines.get(key) ?? []), ...messages]);
  }

  addHistory(readerId: string, entries: readonly unknown[]): void {
    this.histories.set(readerId, [...(this.histories.get(readerId) ?? []), ...entries]);
  }

  clear(): number {
    let n = 0;
    for (const list of [...this.timelines.values(), ...this.histories.values()]) n += list.length;
    this.timelines.clear();
    this.histories.clear();
    return n;
  }

  /** A page of `chat/messages/user-timeline` with the injected messages mixed in by id. */
  mix(readerId: string, otherId: string, packed: unknown[], q: PageQuery): unknown[] {
    return mixInjected(this.timelines.get(`${readerId}\n${otherId}`), packed, q);
  }

  history(readerId: string, packed: unknown[], limit: number): unknown[] {
    return [...(this.histories.get(readerId) ?? []), ...packed].slice(0, limit);
  }
}
