/** `task`, run once at a time: a call while it runs gets the run in progress, not a second one. */
export function oneAtATime(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () =>
    (running ??= task().finally(() => {
      running = null;
    }));
}
