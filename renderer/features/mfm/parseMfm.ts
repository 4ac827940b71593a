import * as mfm from 'mfm-js';
import { mfmLimits } from './limits';
import { chunkText } from './chunkText';
import { lineParseCost, textParseCost } from './parseCost';

export interface ParsedMfm {
  nodes: mfm.MfmNode[];
  /** Text past `maxParseChars`, not parsed: the caller may show it as plain text on request. */
  rest: string;
  /** True when the text was too costly to parse whole and was parsed line by line. */
  degraded: boolean;
}

const textNode = (text: string): mfm.MfmText => ({ type: 'text', props: { text } });

/** Cut at a character boundary, never inside a surrogate pair. */
function cut(text: string, at: number): [string, string] {
  if (text.length <= at) return [text, ''];
  const code = text.charCodeAt(at - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
  return [text.slice(0, end), text.slice(end)];
}

/**
 * Hostile text costs mfm-js too much parsed whole: parse each line on its own (multi-line
 * constructs then fall apart, which only such texts notice), keep a line over its budget as
 * plain text, and once the overall budget is spent keep the remaining lines as plain text.
 */
function parseLineByLine(text: string): mfm.MfmNode[] {
  const nodes: mfm.MfmNode[] = [];
  let spent = 0;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const cost = lineParseCost(line);
    // A line's own length is linear work; only its backtracking part has a per-line budget.
    if (cost - line.length <= mfmLimits.maxLineCost && spent + cost <= mfmLimits.maxParseCost) {
      spent += cost;
      nodes.push(...mfm.parse(line, { nestLimit: mfmLimits.parserNestLimit }));
    } else if (line !== '') {
      nodes.push(textNode(line));
    }
    if (i < lines.length - 1) nodes.push(textNode('\n'));
  });
  return nodes;
}

/**
 * The same note shows in several columns at once (home, local, global…): its text is parsed once.
 * Trees are only read, never changed, so sharing them is safe. Oldest entries go first.
 */
function memoised<T>(parse: (text: string) => T, capacity = 1_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const parsed = parse(text);
    cache.set(text, parsed);
    if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
    return parsed;
  };
}

/**
 * Parse a note's text into an MFM tree within the limits in limits.ts. A text longer than a
 * Misskey note may be (3,000 characters by default) is parsed in pieces (see chunkText.ts).
 */
export const parseMfm = memoised(parseMfmUncached);

function parseMfmUncached(text: string): ParsedMfm {
  const [head, rest] = cut(text, mfmLimits.maxParseChars);
  const nodes: mfm.MfmNode[] = [];
  let degraded = false;
  for (const piece of chunkText(head, mfmLimits.parseChunkChars)) {
    if (textParseCost(piece) <= mfmLimits.maxParseCost) {
      nodes.push(...mfm.parse(piece, { nestLimit: mfmLimits.parserNestLimit }));
    } else {
      degraded = true;
      nodes.push(...parseLineByLine(piece));
    }
  }
  return { nodes, rest, degraded };
}

/** Names (display names, CW-less titles): text, unicode emoji and custom emoji only. */
export const parseMfmSimple = memoised(parseMfmSimpleUncached);

function parseMfmSimpleUncached(text: string): mfm.MfmSimpleNode[] {
  const [head, rest] = cut(text, mfmLimits.maxParseChars);
  const nodes = mfm.parseSimple(head);
  return rest ? [...nodes, textNode(rest)] : nodes;
}
