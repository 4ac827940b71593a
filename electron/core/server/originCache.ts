/**
 * Answers per server origin, kept for `ttlMs`. Concurrent requests for one origin share one
 * request; a failed request is not kept, so the next call asks again.
 */
export class OriginCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(origin: string, load: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(origin);
    if (entry && this.now() - entry.at < this.ttlMs) return entry.value;
    const value = load();
    this.entries.set(origin, { at: this.now(), value });
    value.catch(() => {
      if (this.entries.get(origin)?.value === value) this.entries.delete(origin);
    });
    return value;
  }
}
