/**
 * Split a long text into pieces of at most `size` characters for separate parsing, so that
 * mfm-js's backtracking (superlinear in the length it rescans) stays bounded per piece.
 * Pieces end, by preference, after a blank line outside a ``` code fence (where MFM constructs
 * rarely continue), then after any line break, then at a space, then anywhere that does not split
 * a surrogate pair. Joined, the pieces give back the text exactly.
 */
export function chunkText(text: string, size: number): string[] {
  if (text.length <= size) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    const end = findBreak(text, start, start + size);
    pieces.push(text.slice(start, end));
    start = end;
  }
  pieces.push(text.slice(start));
  return pieces;
}

function findBreak(text: string, start: number, limit: number): number {
  let paragraph = -1;
  let line = -1;
  let inFence = false;
  for (let at = start; at < limit; at = text.indexOf('\n', at) + 1 || limit) {
    // `at` is a line start inside the window.
    if (text.startsWith('```', at)) inFence = !inFence;
    const nl = text.indexOf('\n', at);
    if (nl === -1 || nl + 1 > limit) break;
    line = nl + 1;
    if (!inFence && text[nl + 1] === '\n' && nl + 2 <= limit) paragraph = nl + 2;
  }
  if (paragraph > start) return paragraph;
  if (line > start) return line;
  const space = text.lastIndexOf(' ', limit - 1);
  if (space > start) return space + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
