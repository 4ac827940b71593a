// The page-side hooks of renderer/benchProbe.ts as the bench sees them. (Not a `declare global`:
// the renderer declares `Window.__missdeckBench` in its own program.)

export interface BenchProbe {
  columnNoteIds(columnId: string): string[];
  columns(): { id: string; accountId: string; kind: string }[];
  columnLoad(columnId: string): { status: string; loadingOlder: boolean; reachedEnd: boolean; windowFull: boolean } | null;
  call(name: string, input: unknown): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }>;
  trackSeen(): void;
  seenNoteIds(columnId: string): string[];
}

export type BenchWindow = { __missdeckBench?: BenchProbe };
