/**
 * Bounds for rendering MFM from remote, possibly hostile, notes. Everything here keeps one note's
 * parse and render cheap and keeps its effects inside the note.
 */
export const mfmLimits = {
  /**
   * Characters parsed at once; the rest waits behind "Show more" (and is parsed the same way,
   * piece by piece). mfm-js spends 3–8 µs a character even on plain text, so this bounds the parse.
   * Misskey's default note limit is 3,000 characters.
   */
  maxParseChars: 8_000,
  /** Longer texts are parsed in pieces of at most this many characters (see chunkText.ts). */
  parseChunkChars: 3_000,
  /** mfm-js's own nesting limit (its default is 20). */
  parserNestLimit: 20,
  /** Rendered depth; below it a subtree is shown as its MFM source text. */
  maxRenderDepth: 24,
  /** Rendered MFM nodes per text; the rest is shown as its MFM source text. */
  maxNodes: 2_000,
  /** Estimated parser work (see parseCost.ts) above which a text is parsed line by line. */
  maxParseCost: 60_000,
  /** Estimated parser work for one line in line-by-line mode; above it the line stays plain text. */
  maxLineCost: 4_000,
  /** Product of nested font and transform scales (x2…x4, scale); past it scaling stops applying. */
  maxCumulativeScale: 8,
} as const;
