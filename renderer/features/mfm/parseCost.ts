/**
 * mfm-js backtracks: an unclosed `[` (link label) or `\(` (inline math) rescans the rest of its line,
 * and `\[`, `<plain>`, `<center>`, `<http` (a bracketed URL) rescan the rest of the text. Nested, those multiply (a line of
 * `?[` and `\(` costs about length × count² steps): a few kilobytes can freeze the renderer for
 * seconds. This is a cheap, deliberately pessimistic estimate of that work, in "steps" of roughly
 * a microsecond, measured against mfm-js 0.26 with random texts built from MFM syntax.
 */

const count = (s: string, needle: string): number => {
  let n = 0;
  for (let at = s.indexOf(needle); at !== -1; at = s.indexOf(needle, at + needle.length)) n++;
  return n;
};

/**
 * Work for one line: each `[`, `\[`, `<plain>` or `<http` may rescan the line, and inside a link label
 * each `\(` does again.
 */
export function lineParseCost(line: string): number {
  // `$[` (a function) is cheap: it fails at its name, so it is not a rescanning `[`.
  const rescans = count(line, '[') - count(line, '$[') + count(line, '<plain>') + count(line, '<http');
  const maths = count(line, '\\(');
  return line.length * (1 + rescans) * (1 + maths);
}

/** Work for a whole text parsed in one go. */
export function textParseCost(text: string): number {
  let lines = 0;
  for (const line of text.split('\n')) lines += lineParseCost(line);
  const centers = count(text, '<center>');
  const rawBlocks = count(text, '\\[') + count(text, '<plain>') + count(text, '<http');
  return (1 + centers) * lines + rawBlocks * text.length;
}
