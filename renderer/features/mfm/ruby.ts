import type { MfmNode } from 'mfm-js';

/**
 * `$[ruby 漢字 かんじ]`: the base and its reading. With one text child the first word is the base
 * and the rest the reading (as Misskey does); with richer children the reading is the last word
 * of a trailing text child. Null when there is no reading: the children then render as they are.
 */
export function splitRuby(children: MfmNode[]): { base: MfmNode[]; reading: string } | null {
  const last = children.at(-1);
  if (!last || last.type !== 'text') return null;
  const text = last.props.text;
  if (children.length === 1) {
    const trimmed = text.trim();
    const space = trimmed.search(/\s/);
    if (space === -1) return null;
    return { base: [{ type: 'text', props: { text: trimmed.slice(0, space) } }], reading: trimmed.slice(space + 1).trim() };
  }
  const space = text.trimEnd().lastIndexOf(' ');
  if (space === -1) return null;
  const head = text.slice(0, space);
  const base = head ? [...children.slice(0, -1), { type: 'text', props: { text: head } } as MfmNode] : children.slice(0, -1);
  return { base, reading: text.slice(space + 1).trim() };
}
