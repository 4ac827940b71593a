import { log } from './stats';

/** Everything a bench started, stopped in reverse order: on success, on failure and on Ctrl-C. */
export class Cleanup {
  private readonly steps: { label: string; run: () => Promise<void> | void }[] = [];
  private done = false;

  add(label: string, run: () => Promise<void> | void): void {
    this.steps.push({ label, run });
  }

  async run(): Promise<void> {
    if (this.done) return;
    this.done = true;
    for (const step of this.steps.reverse()) {
      try {
        await Promise.race([Promise.resolve(step.run()), new Promise((resolve) => setTimeout(resolve, 10_000))]);
      } catch (error) {
        log(`cleanup of ${step.label} failed: ${String(error)}`);
      }
    }
  }

  /** Runs the cleanup on SIGINT/SIGTERM, then exits. */
  onSignals(): void {
    const handler = (signal: NodeJS.Signals) => {
      log(`${signal}: stopping everything the bench started`);
      void this.run().then(() => process.exit(130));
    };
    process.once('SIGINT', handler);
    process.once('SIGTERM', handler);
  }
}
