/** What the word at the caret asks to complete: `@user`, `#tag` or `:emoji`. */
export interface CompletionQuery {
  kind: 'mention' | 'hashtag' | 'emoji';
  /** The text after the trigger character. */
  query: string;
  /** Where the trigger character is. */
  start: number;
  end: number;
}

const patterns: [CompletionQuery['kind'], RegExp][] = [
  ['mention', /(?:^|[\s\u3000(（])@([\w-]*(?:@[\w.-]*)?)$/u],
  ['hashtag', /(?:^|[\s\u3000(（])#([^\s\u3000#@:.,!?()（）「」、。]*)$/u],
  ['emoji', /(?:^|[^\w:])(:[\w+-]+)$/u],
];

/** The completion the caret is in, if any (nothing while text is selected). */
export function completionAt(text: string, caret: number, selectionEnd = caret): CompletionQuery | null {
  if (caret !== selectionEnd) return null;
  const before = text.slice(0, caret);
  for (const [kind, re] of patterns) {
    const m = re.exec(before);
    if (!m) continue;
    const word = m[1]!;
    if (kind === 'emoji') return { kind, query: word.slice(1), start: caret - word.length, end: caret };
    return { kind, query: word, start: caret - word.length - 1, end: caret };
  }
  return null;
}

/** The text with the completion in place (and a space after), and the caret after it. */
export function applyCompletion(text: string, q: CompletionQuery, replacement: string): { text: string; caret: number } {
  const after = text.slice(q.end);
  const insert = after.startsWith(' ') ? replacement : `${replacement} `;
  return { text: text.slice(0, q.start) + insert + after, caret: q.start + insert.length };
}

/** Hashtags in the given notes, most used first, that start with `prefix` (case-insensitive). */
export function recentHashtags(notes: Iterable<{ tags?: unknown }>, prefix: string, limit = 8): string[] {
  const counts = new Map<string, number>();
  const p = prefix.toLowerCase();
  for (const note of notes) {
    if (!Array.isArray(note.tags)) continue;
    for (const tag of note.tags) {
      if (typeof tag !== 'string' || tag.length > 128 || !tag.toLowerCase().startsWith(p)) continue;
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([t]) => t);
}
