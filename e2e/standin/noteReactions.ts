import { ApiError, E } from './errors';
import type { NoteRec, UserRec } from './state';
import { genId } from './ids';
import { isPureRenote } from './visibility';
import type { World } from './world';

// Reactions, poll votes and favorites, with their noteUpdated events and notifications.

/**
 * Misskey's reaction normalisation: `:name:` / `:name@.:` of a known local emoji becomes `:name@.:`,
 * an unknown custom emoji falls back to ❤; anything else is kept as given.
 */
export function normalizeReaction(w: World, reaction: string): string {
  const custom = /^:([\w+-]+)(?:@\.)?:$/.exec(reaction);
  if (custom) return w.emojis.byName.has(custom[1]!) ? `:${custom[1]}@.:` : '❤';
  return reaction.trim() === '' ? '❤' : reaction;
}

export function react(w: World, user: UserRec, note: NoteRec, input: string): void {
  if (isPureRenote(note)) throw new ApiError(E.CANNOT_REACT_TO_RENOTE);
  const reaction = normalizeReaction(w, input);
  const exist = note.reactions.get(user.id);
  if (exist) {
    // A different reaction replaces the old one (recorded); the same one again is ALREADY_REACTED.
    if (exist.reaction === reaction) throw new ApiError(E.ALREADY_REACTED);
    unreact(w, user, note);
  }
  note.reactions.set(user.id, { id: genId(), createdAt: new Date().toISOString(), reaction });
  const custom = /^:([\w+-]+)@\.:$/.exec(reaction);
  const emoji = custom ? { name: `${custom[1]}@.`, url: w.emojis.url(custom[1]!) } : null;
  w.bus.emit({ kind: 'noteUpdated', noteId: note.id, type: 'reacted', body: { reaction, emoji, userId: user.id } });
  // The notification carries the reaction as the user wrote it for custom emoji (`:name:`).
  const shown = custom ? `:${custom[1]}:` : reaction;
  if (w.state.users.get(note.userId)?.host === null) {
    w.notifications.create(note.userId, 'reaction', { notifierId: user.id, noteId: note.id, reaction: shown });
  }
}

export function unreact(w: World, user: UserRec, note: NoteRec): void {
  const exist = note.reactions.get(user.id);
  if (!exist) throw new ApiError(E.NOT_REACTED);
  note.reactions.delete(user.id);
  w.bus.emit({ kind: 'noteUpdated', noteId: note.id, type: 'unreacted', body: { reaction: exist.reaction, userId: user.id } });
}

export function vote(w: World, user: UserRec, note: NoteRec, choice: number): void {
  const poll = note.poll;
  if (!poll) throw new ApiError(E.NO_POLL);
  if (poll.expiresAt && Date.parse(poll.expiresAt) <= Date.now()) throw new ApiError(E.ALREADY_EXPIRED);
  if (!Number.isInteger(choice) || choice < 0 || choice >= poll.choices.length) throw new ApiError(E.INVALID_CHOICE);
  const mine = poll.votes.get(user.id) ?? new Set<number>();
  if (mine.size > 0 && (!poll.multiple || mine.has(choice))) throw new ApiError(E.ALREADY_VOTED);
  mine.add(choice);
  poll.votes.set(user.id, mine);
  w.bus.emit({ kind: 'noteUpdated', noteId: note.id, type: 'pollVoted', body: { choice, userId: user.id } });
}

export function favorites(w: World, userId: string): Set<string> {
  let s = w.state.favorites.get(userId);
  if (!s) {
    s = new Set();
    w.state.favorites.set(userId, s);
  }
  return s;
}
