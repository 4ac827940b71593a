export interface Fault {
  status: number;
  remaining: number;
  retryAfterSec: number;
}

/** Failures injected by the control API, keyed by endpoint name (e.g. `notes/timeline`). */
export class Faults {
  private readonly byEndpoint = new Map<string, Fault>();

  static key(endpoint: string): string {
    return endpoint.replace(/^\/?(api\/)?/, '');
  }

  set(endpoint: string, status: number, times = 1, retryAfterSec = 60): void {
    this.byEndpoint.set(Faults.key(endpoint), { status, remaining: times, retryAfterSec });
  }

  /** Consumes one failure for the endpoint if one is pending. */
  take(endpoint: string): Fault | undefined {
    const key = Faults.key(endpoint);
    const f = this.byEndpoint.get(key);
    if (!f) return undefined;
    f.remaining--;
    if (f.remaining <= 0) this.byEndpoint.delete(key);
    return f;
  }

  clear(): void {
    this.byEndpoint.clear();
  }
}
