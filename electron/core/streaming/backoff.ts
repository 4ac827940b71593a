export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  random?: () => number;
}

/** Exponential backoff with "equal jitter": never a busy loop, never a synchronised stampede. */
export function backoffDelay(attempt: number, { initialMs, maxMs, random = Math.random }: BackoffOptions): number {
  const ceiling = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
