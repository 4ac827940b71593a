import type { Note } from '../../shared/model/note';
import type { NoteUpdate } from '../../shared/model/noteUpdate';
import { copyOfNotes } from './notesById';

/** One `noteUpdated` as it arrived: for which account's subscription, about which note. */
export interface NoteUpdateEvent {
  accountId: string;
  noteId: string;
  update: NoteUpdate;
}

/** The reaction/vote changes of one note, applied to a copy. `own`: the event's user is the receiving account. */
export function updatedNote(note: Note, update: Exclude<NoteUpdate, { type: 'deleted' }>, own: boolean): Note {
  switch (update.type) {
    case 'reacted': {
      // A user has one reaction per note: the viewer's own new one replaces the one shown as theirs
      // (which may be this app's optimistic copy under a key the server then normalised).
      const replaced = own && note.myReaction && note.myReaction !== update.reaction ? note.myReaction : null;
      if (replaced) note = updatedNote(note, { type: 'unreacted', reaction: replaced, userId: update.userId }, true);
      const reactions = { ...note.reactions, [update.reaction]: (note.reactions?.[update.reaction] ?? 0) + 1 };
      const reactionEmojis =
        update.emoji && note.reactionEmojis?.[update.emoji.name] !== update.emoji.url
          ? { ...note.reactionEmojis, [update.emoji.name]: update.emoji.url }
          : note.reactionEmojis;
      return { ...note, reactions, reactionEmojis, reactionCount: (note.reactionCount ?? 0) + 1, ...(own ? { myReaction: update.reaction } : {}) };
    }
    case 'unreacted': {
      const count = note.reactions?.[update.reaction] ?? 0;
      if (count <= 0 && !own) return note;
      const reactions = { ...note.reactions };
      if (count <= 1) delete reactions[update.reaction];
      else reactions[update.reaction] = count - 1;
      const clearsMine = own && note.myReaction === update.reaction;
      return {
        ...note,
        reactions,
        reactionCount: Math.max(0, (note.reactionCount ?? 0) - (count > 0 ? 1 : 0)),
        ...(clearsMine ? { myReaction: null } : {}),
      };
    }
    case 'pollVoted': {
      const poll = note.poll;
      const choice = poll?.choices[update.choice];
      if (!poll || !choice) return note;
      const choices = poll.choices.map((c, i) => (i === update.choice ? { ...c, votes: c.votes + 1, isVoted: c.isVoted || own } : c));
      return { ...note, poll: { ...poll, choices } };
    }
  }
}

/**
 * Drops events that repeat the last one seen for the same note and user: two accounts on one
 * server both watch a note, and each of their streams reports the same reaction.
 */
export class UpdateDeduper {
  private readonly last = new Map<string, string>();
  constructor(private readonly capacity = 5_000) {}

  /** True the first time an event is seen (it should be applied). */
  accept({ noteId, update }: NoteUpdateEvent): boolean {
    if (update.type === 'deleted') return true;
    const pair = update.type === 'pollVoted' ? `${noteId} ${update.userId} vote ${update.choice}` : `${noteId} ${update.userId}`;
    const what = update.type === 'pollVoted' ? 'voted' : `${update.type} ${update.reaction}`;
    if (this.last.get(pair) === what) return false;
    this.last.delete(pair);
    this.last.set(pair, what);
    if (this.last.size > this.capacity) this.last.delete(this.last.keys().next().value!);
    return true;
  }
}

/**
 * Applies updates to every note they concern: the note itself, and every note that carries it as
 * its renote or reply. Returns a new `notesById` (unchanged notes kept by reference) and the ids
 * of deleted notes, which the caller removes from columns.
 */
export function applyNoteUpdates(
  notesById: Record<string, Note>,
  events: readonly NoteUpdateEvent[],
  ownUserId: (accountId: string) => string | undefined,
): { notesById: Record<string, Note>; deleted: Set<string> } {
  const deleted = new Set<string>();
  if (events.length === 0) return { notesById, deleted };
  // Which notes carry a note inside them, built once per batch.
  const carriers = new Map<string, string[]>();
  for (const note of Object.values(notesById)) {
    for (const inner of [note.renote?.id, note.reply?.id]) {
      if (!inner) continue;
      const list = carriers.get(inner);
      if (list) list.push(note.id);
      else carriers.set(inner, [note.id]);
    }
  }
  const next = copyOfNotes(notesById);
  for (const { accountId, noteId, update } of events) {
    if (update.type === 'deleted') {
      deleted.add(noteId);
      continue;
    }
    const own = ownUserId(accountId) === update.userId;
    const direct = next[noteId];
    if (direct) next[noteId] = updatedNote(direct, update, own);
    for (const outerId of carriers.get(noteId) ?? []) {
      const outer = next[outerId];
      if (!outer) continue;
      if (outer.renote?.id === noteId) next[outerId] = { ...outer, renote: updatedNote(outer.renote, update, own) };
      const again = next[outerId]!;
      if (again.reply?.id === noteId) next[outerId] = { ...again, reply: updatedNote(again.reply, update, own) };
    }
  }
  if (deleted.size > 0) {
    for (const note of Object.values(next)) {
      if (deleted.has(note.id)) {
        delete next[note.id];
        continue;
      }
      const renoteGone = note.renote && deleted.has(note.renote.id);
      const replyGone = note.reply && deleted.has(note.reply.id);
      if (!renoteGone && !replyGone) continue;
      // A renote of nothing but the deleted note goes with it; a quote or reply keeps its own text.
      if (renoteGone && !note.text && !note.cw && !(note.files && note.files.length > 0) && !note.poll) {
        deleted.add(note.id);
        delete next[note.id];
        continue;
      }
      next[note.id] = { ...note, ...(renoteGone ? { renote: null } : {}), ...(replyGone ? { reply: null } : {}) };
    }
  }
  return { notesById: next, deleted };
}
