export interface ProgressStreamOptions {
  /** Largest chunk handed to fetch at once. */
  chunkBytes: number;
  /** Progress is reported at most once per this interval, and always once at the end. */
  minIntervalMs: number;
  now: () => number;
  onProgress(loaded: number, total: number): void;
  /** Called on every pull, e.g. to keep an inactivity timeout from firing. */
  onPull?(): void;
}

/**
 * A stream that yields `parts` in chunks as the consumer (fetch) pulls them, counting bytes as
 * they go: pulls follow the socket's pace, so `loaded` tracks what is really being sent.
 */
export function progressStream(parts: readonly Uint8Array[], options: ProgressStreamOptions): ReadableStream<Uint8Array> {
  const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
  let partIndex = 0;
  let offset = 0;
  let loaded = 0;
  let lastReportAt = Number.NEGATIVE_INFINITY;

  return new ReadableStream<Uint8Array>({
    pull(controller) {
      options.onPull?.();
      while (partIndex < parts.length && offset >= parts[partIndex]!.byteLength) {
        partIndex++;
        offset = 0;
      }
      const part = parts[partIndex];
      if (!part) {
        controller.close();
        return;
      }
      const chunk = part.subarray(offset, offset + options.chunkBytes);
      offset += chunk.byteLength;
      loaded += chunk.byteLength;
      controller.enqueue(chunk);
      const now = options.now();
      if (loaded === total || now - lastReportAt >= options.minIntervalMs) {
        lastReportAt = now;
        options.onProgress(loaded, total);
      }
    },
  });
}
