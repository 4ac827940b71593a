import * as mfm from 'mfm-js';
import { parseMfm } from '../../mfm/parseMfm';
import { isPureRawRenote } from '../noteView';

/** What the collapse rule reads of a note (a `NoteView` fits). */
export interface CollapsibleNote {
  cw: string | null;
  text: string | null;
  files: readonly unknown[];
  /** A quote's target: a link to it in the text does not count (Misskey shows the quote instead). */
  renote?: { url: string | null; uri: string | null } | null;
}

/** `http://a/#1` and `http://a/#2` are one page. */
const withoutHash = (url: string) => url.replace(/#[^#]*$/, '');

/**
 * The links of an MFM text as Misskey's web client counts them (`extractUrlFromMfm`): bare URLs and
 * `[label](url)` links that are not silent (`?[label](url)`), each page once.
 */
export function linksIn(text: string): string[] {
  const nodes = mfm.extract(parseMfm(text).nodes, (node) => node.type === 'url' || (node.type === 'link' && !node.props.silent)) as (mfm.MfmUrl | mfm.MfmLink)[];
  const out: string[] = [];
  const pages = new Set<string>();
  for (const node of nodes) {
    const page = withoutHash(node.props.url);
    if (pages.has(page)) continue;
    pages.add(page);
    out.push(node.props.url);
  }
  return out;
}

/** Whether `text` holds `needle` at least `times` times (stops counting there). */
function occursAtLeast(text: string, needle: string, times: number): boolean {
  let at = -1;
  for (let found = 0; found < times; found++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return false;
  }
  return true;
}

/**
 * Whether a note opens collapsed behind "Show more": Misskey's rule (`shouldCollapseLegacy` in its
 * web client): never with a CW; else text with `$[x2`, `$[x3`, `$[x4` or `$[scale`, over 9 lines,
 * over 500 characters (UTF-16 units, as JavaScript counts) or 4 links or more (not counting the
 * quoted note's own URL), or 5 files or more.
 */
export function isLongNote(note: CollapsibleNote): boolean {
  const known = verdicts.get(note);
  if (known !== undefined) return known;
  const verdict = judge(note);
  verdicts.set(note, verdict);
  return verdict;
}

/** Note views are cached per note object (noteView.ts), so each note is judged once. */
const verdicts = new WeakMap<CollapsibleNote, boolean>();

function judge(note: CollapsibleNote): boolean {
  if (note.cw != null) return false;
  if (note.files.length >= 5) return true;
  const text = note.text;
  if (text == null) return false;
  if (text.includes('$[x2') || text.includes('$[x3') || text.includes('$[x4') || text.includes('$[scale')) return true;
  // Over 9 lines (`split('\n').length > 9`) is 9 line breaks or more, counted without splitting.
  if (text.length > 500 || occursAtLeast(text, '\n', 9)) return true;
  // Four links need at least four `://`: most texts are ruled out without parsing.
  if (!occursAtLeast(text, '://', 4)) return false;
  const quoted = note.renote;
  const links = linksIn(text).filter((url) => !quoted || (url !== quoted.url && url !== quoted.uri));
  return links.length >= 4;
}

/** What the renote rule reads of a note (a `NoteView` fits). */
export interface RenoteLike {
  user: { id: string };
  renote: { user: { id: string }; myReaction: string | null } | null;
}

/**
 * Whether a pure renote shows as one line (Misskey's `collapseRenotes`, on by default there): the
 * viewer renoted it, it renotes the viewer's own note, or the viewer already reacted to the note.
 * The caller checks that the note is a pure renote.
 */
export function isRenoteCollapsed(note: RenoteLike, viewerId: string | null, enabled: boolean): boolean {
  if (!enabled || !note.renote) return false;
  if (viewerId && (note.user.id === viewerId || note.renote.user.id === viewerId)) return true;
  return note.renote.myReaction != null;
}

/** What `repeatedRenotes` reads of a note (a raw `Note` fits). */
export interface RenoteShape {
  id: string;
  text?: string | null;
  cw?: string | null;
  files?: readonly unknown[] | null;
  poll?: unknown;
  renote?: { id: string } | null;
}

/**
 * The pure renotes in a column (ids newest first) of a note the column already shows further down,
 * as the note itself or as an earlier renote: the oldest appearance stays whole, later repeats fold
 * to one line. Rows already read never change when a repeat arrives on top.
 */
export function repeatedRenotes(ids: readonly string[], notesById: Readonly<Record<string, RenoteShape | undefined>>): ReadonlySet<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (let index = ids.length - 1; index >= 0; index--) {
    const note = notesById[ids[index]!];
    if (!note) continue;
    const pure = isPureRawRenote(note);
    const shown = pure ? note.renote!.id : note.id;
    if (pure && seen.has(shown)) repeated.add(note.id);
    seen.add(shown);
  }
  return repeated;
}

/** Answers `has` like `repeatedRenotes`, walking the column only when asked about a pure renote. */
export interface RepeatedRenotes {
  has(noteId: string): boolean;
}

/**
 * `repeatedRenotes` for a list that asks only about the rows it renders: most rows are not pure
 * renotes, and a column without any never pays for the walk (which runs on every change of the ids).
 */
export function lazyRepeatedRenotes(ids: readonly string[], notesById: Readonly<Record<string, RenoteShape | undefined>>): RepeatedRenotes {
  let walked: ReadonlySet<string> | null = null;
  return {
    has(noteId) {
      const note = notesById[noteId];
      if (!note || !isPureRawRenote(note)) return false;
      walked ??= repeatedRenotes(ids, notesById);
      return walked.has(noteId);
    },
  };
}
