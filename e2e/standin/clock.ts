/**
 * The stand-in's notion of "now" for scheduled notes: real time plus an offset a test can advance
 * (control `advanceClock`), so a note scheduled an hour ahead posts without waiting an hour.
 */
export class StandinClock {
  private offsetMs = 0;
  private readonly listeners = new Set<() => void>();

  now(): number {
    return Date.now() + this.offsetMs;
  }

  /** Moves the clock forward and lets everything waiting for a time (scheduled notes) catch up. */
  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance by a positive number of milliseconds');
    this.offsetMs += ms;
    for (const listener of this.listeners) listener();
    return this.now();
  }

  onAdvance(listener: () => void): void {
    this.listeners.add(listener);
  }
}
