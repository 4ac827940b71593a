/**
 * At most `max` tasks at once per key; the rest wait in order. A finishing task hands its slot
 * straight to the next waiting one, so a newcomer can never squeeze in between.
 */
export class PerKeyLimit {
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(private readonly max: number) {}

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const count = this.running.get(key) ?? 0;
    if (count >= this.max) {
      await new Promise<void>((resolve) => {
        const queue = this.waiting.get(key) ?? [];
        queue.push(resolve);
        this.waiting.set(key, queue);
      });
    } else {
      this.running.set(key, count + 1);
    }
    try {
      return await task();
    } finally {
      this.release(key);
    }
  }

  private release(key: string): void {
    const queue = this.waiting.get(key);
    const next = queue?.shift();
    if (queue?.length === 0) this.waiting.delete(key);
    if (next) return next();
    const left = (this.running.get(key) ?? 1) - 1;
    if (left > 0) this.running.set(key, left);
    else this.running.delete(key);
  }
}
