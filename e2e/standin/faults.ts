export interface Fault {
  status: number;
  remaining: number;
  retryAfterSec: number | null;
}

/** Failures and delays injected by the control API, keyed by endpoint name (e.g. `notes/timeline`). */
export class Faults {
  private readonly byEndpoint = new Map<string, Fault>();
  private readonly delays = new Map<string, number>();

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

  /** `ms <= 0` removes the delay. Without an endpoint (`*`) every REST answer is delayed. */
  setDelay(endpoint: string | undefined, ms: number): void {
    const key = endpoint ? Faults.key(endpoint) : '*';
    if (ms > 0) this.delays.set(key, ms);
    else this.delays.delete(key);
  }

  delayFor(endpoint: string): number {
    return this.delays.get(Faults.key(endpoint)) ?? this.delays.get('*') ?? 0;
  }

  clear(): void {
    this.byEndpoint.clear();
    this.delays.clear();
  }
}
