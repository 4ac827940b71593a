/** Nearest-rank percentile of unsorted values (0 when empty). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

export function summarise(values: readonly number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  return {
    n: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    p99: round(percentile(values, 99)),
    max: round(values.reduce((a, b) => Math.max(a, b), 0)),
  };
}

/** The percentage of frame intervals that missed a 60 Hz vsync (longer than one and a half of 16.7 ms). */
export function missedFrameShare(frames: readonly number[]): number {
  return frames.length === 0 ? 0 : round((frames.filter((ms) => ms > 25).length / frames.length) * 100);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Logs a progress line to stderr, so stdout stays the figures. */
export const log = (message: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
};

/** How finely the page could time its frames (see `crossOriginIsolated` in the host). */
export function timerPrecision(measured: { preciseTimers: boolean }): string {
  return measured.preciseTimers ? 'page timers precise to 5 µs (cross-origin isolated)' : 'page timers coarse (100 µs with jitter): frame times ±0.1 ms';
}
