/** Aborts its signal when `kick()` has not been called for `idleMs`: an inactivity timeout. */
export class Watchdog {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly idleMs: number,
    private readonly reason: string,
  ) {
    this.kick();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  kick(): void {
    clearTimeout(this.timer);
    // Named TimeoutError so createMisskeyFetch reports it as TIMEOUT, like its own timeout.
    this.timer = setTimeout(() => this.controller.abort(new DOMException(this.reason, 'TimeoutError')), this.idleMs);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
