import type { AccountMutes } from '../../../shared/model/mutes';
import type { Note } from '../../../shared/model/note';
import { isPureRawRenote } from '../notes/noteView';
import { compileWordMatcher, type SkippedWord } from './wordMatcher';

/** Why a note is not shown: a muted or blocked user, a muted instance, a renote mute, a hard-muted word. */
export type HiddenReason = 'user' | 'instance' | 'renote' | 'word';

export type MuteVerdict =
  | { kind: 'shown' }
  /** Folded to one line naming the muted words; opens on click. */
  | { kind: 'soft'; words: readonly string[] }
  | { kind: 'hidden'; reason: HiddenReason };

export interface MuteFilter {
  verdict(note: Note): MuteVerdict;
  readonly mutedReactions: ReadonlySet<string>;
  readonly skipped: readonly SkippedWord[];
  /** No list mutes anything: every verdict is 'shown'. */
  readonly mutesNothing: boolean;
}

const shown: MuteVerdict = { kind: 'shown' };
/** Verdicts kept per note id; beyond this the cache starts again (a deck holds far fewer notes). */
const cacheLimit = 20_000;

/** What word mutes read of a note, as Misskey's web client does: CW, text, file captions, poll choices. */
export function noteMuteText(note: Note): string {
  const parts: string[] = [];
  if (typeof note.cw === 'string' && note.cw) parts.push(note.cw);
  if (typeof note.text === 'string' && note.text) parts.push(note.text);
  for (const file of Array.isArray(note.files) ? note.files : []) if (typeof file?.comment === 'string' && file.comment) parts.push(file.comment);
  for (const choice of Array.isArray(note.poll?.choices) ? note.poll.choices : []) if (typeof choice?.text === 'string' && choice.text) parts.push(choice.text);
  return parts.join('\n').trim();
}

/** The note and the notes it carries (reply, renote or quote): each is checked, as Misskey checks them. */
const partsOf = (note: Note): Note[] => [note, note.reply, note.renote].filter((part): part is Note => typeof part === 'object' && part !== null);

/**
 * An account's mutes compiled once (per change of its lists), answering per note from a cache by id:
 * notes do not change text in this Misskey version, and a new filter is built whenever a list changes.
 */
export function createMuteFilter(mutes: AccountMutes | undefined, myUserId: string | null): MuteFilter {
  const soft = compileWordMatcher(mutes?.mutedWords);
  const hard = compileWordMatcher(mutes?.hardMutedWords);
  const users = new Set([...(mutes?.mutedUserIds ?? []), ...(mutes?.blockedUserIds ?? [])]);
  const renoteMuted = new Set(mutes?.renoteMutedUserIds ?? []);
  const hosts = new Set((mutes?.mutedInstances ?? []).map((host) => host.toLowerCase()));
  const cache = new Map<string, MuteVerdict>();
  const nothing = soft.isEmpty && hard.isEmpty && users.size === 0 && renoteMuted.size === 0 && hosts.size === 0;

  function decide(note: Note): MuteVerdict {
    const others = partsOf(note).filter((part) => part.userId !== myUserId && part.user?.id !== myUserId);
    if (others.some((part) => users.has(part.userId) || users.has(part.user?.id))) return { kind: 'hidden', reason: 'user' };
    if (others.some((part) => typeof part.user?.host === 'string' && hosts.has(part.user.host.toLowerCase()))) return { kind: 'hidden', reason: 'instance' };
    if (isPureRawRenote(note) && renoteMuted.has(note.userId) && note.userId !== myUserId) return { kind: 'hidden', reason: 'renote' };
    const texts = others.map(noteMuteText).filter((text) => text !== '');
    if (texts.length === 0) return shown;
    if (!hard.isEmpty && texts.some((text) => hard.matches(text).length > 0)) return { kind: 'hidden', reason: 'word' };
    if (soft.isEmpty) return shown;
    const words = [...new Set(texts.flatMap((text) => soft.matches(text)))];
    return words.length > 0 ? { kind: 'soft', words } : shown;
  }

  return {
    mutedReactions: new Set(mutes?.mutedReactions ?? []),
    skipped: [...soft.skipped, ...hard.skipped],
    mutesNothing: nothing,
    verdict(note) {
      if (nothing || typeof note?.id !== 'string') return shown;
      const known = cache.get(note.id);
      if (known) return known;
      if (cache.size >= cacheLimit) cache.clear();
      const verdict = decide(note);
      cache.set(note.id, verdict);
      return verdict;
    },
  };
}

/** The column's ids without the notes the filter hides; the same array when none is hidden. */
export function withoutHidden(ids: readonly string[], notesById: Readonly<Record<string, Note | undefined>>, filter: MuteFilter): readonly string[] {
  // Nothing muted (the usual case): no need to ask about every note of the column on every batch.
  if (filter.mutesNothing) return ids;
  let kept: string[] | null = null;
  for (let i = 0; i < ids.length; i++) {
    const note = notesById[ids[i]!];
    const hidden = note !== undefined && filter.verdict(note).kind === 'hidden';
    if (hidden && kept === null) kept = ids.slice(0, i);
    else if (!hidden && kept !== null) kept.push(ids[i]!);
  }
  return kept ?? ids;
}
