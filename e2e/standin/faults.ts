export interface Fault {
  status: number;
  remaining: number;
  retryAfterSec: number | null;
}

/** Failures and delays injected by the control API, keyed by endpoint name (e.g. `notes/timeline`). */
export class Faults {
  private readonly byEndpoint = new Map<string, Fault>();
  private readonly delays = new Map<string, number>();
  private readonly held = new Map<string, Set<() => void>>();

  static key(endpoint: string): string {
    return endpoint.replace(/^\/?(api\/)?/, '');
  }

  set(endpoint: string, status: number, times = 1, retryAfterSec: number | null = null): void {
    this.byEndpoint.set(Faults.key(endpoint), { status, remaining: times, retryAfterSec });
  }

  /** Consumes one failure for the endpoint (or for `*`) if one is pending. */
  take(endpoint: string): Fault | undefined {
    for (const key of [Faults.key(endpoint), '*']) {
      const f = this.byEndpoint.get(key);
      if (!f) continue;
      f.remaining--;
      if (f.remaining <= 0) this.byEndpoint.delete(key);
      return f;
    }
    return undefined;
  }

  /** `ms <= 0` removes the delay, and answers held by it go at once. Without an endpoint (`*`) every REST answer is delayed. */
  setDelay(endpoint: string | undefined, ms: number): void {
    const key = endpoint ? Faults.key(endpoint) : '*';
    if (ms > 0) {
      this.delays.set(key, ms);
      return;
    }
    this.delays.delete(key);
    for (const release of this.held.get(key) ?? []) release();
    this.held.delete(key);
  }

  /** Holds an answer for the endpoint's delay, or until that delay is removed. */
  wait(endpoint: string): Promise<void> {
    const key = this.delays.has(Faults.key(endpoint)) ? Faults.key(endpoint) : '*';
    const ms = this.delays.get(key) ?? 0;
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const held = this.held.get(key) ?? new Set<() => void>();
      const release = () => {
        clearTimeout(timer);
        held.delete(release);
        resolve();
      };
      const timer = setTimeout(release, ms);
      held.add(release);
      this.held.set(key, held);
    });
  }


  clear(): void {
    this.byEndpoint.clear();
    for (const key of [...this.delays.keys()]) this.setDelay(key === '*' ? undefined : key, 0);
  }
}
