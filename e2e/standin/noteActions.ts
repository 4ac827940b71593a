import { ApiError, E } from './errors';
import type { NewNote, NoteRec, UserRec } from './state';
import { isPureRenote } from './visibility';
import type { World } from './world';

// Creating and deleting notes with the side effects Misskey's NoteCreateService/NoteDeleteService
// have: main-stream events, notifications, poll expiry.

export type CreateNoteInput = NewNote;

export function checkNoteRefs(w: World, p: NewNote): void {
  if (p.replyId) {
    const reply = w.state.noteById(p.replyId);
    if (!reply) throw new ApiError(E.NO_SUCH_REPLY_TARGET);
    if (isPureRenote(reply)) throw new ApiError(E.CANNOT_REPLY_TO_A_PURE_RENOTE);
  }
  if (p.renoteId) {
    const renote = w.state.noteById(p.renoteId);
    if (!renote) throw new ApiError(E.NO_SUCH_RENOTE_TARGET);
    if (isPureRenote(renote)) throw new ApiError(E.CANNOT_RENOTE_TO_A_PURE_RENOTE);
  }
  if (p.channelId && !w.social.channels.has(p.channelId)) throw new ApiError(E.NO_SUCH_CHANNEL_CREATE);
  for (const id of p.fileIds ?? []) if (!w.drive.files.has(id)) throw new ApiError(E.NO_SUCH_FILE_CREATE);
  const expiresAt = p.poll?.expiresAt;
  if (expiresAt && Date.parse(expiresAt) < Date.now()) throw new ApiError(E.CANNOT_CREATE_ALREADY_EXPIRED_POLL);
}

export function createNote(w: World, user: UserRec, p: CreateNoteInput): NoteRec {
  checkNoteRefs(w, p);
  // Channel notes are always local-only.
  const note = w.state.createNote(user.id, p.channelId ? { ...p, localOnly: true } : p);
  const channel = note.channelId ? w.social.channels.get(note.channelId) : undefined;
  if (channel) channel.lastNotedAt = note.createdAt;
  announce(w, user, note);
  if (note.poll?.expiresAt) {
    w.later(Date.parse(note.poll.expiresAt) - Date.now(), () => pollEnded(w, note.id));
  }
  return note;
}

/** Main-stream events and notifications for mentions, replies, renotes and quotes (in Misskey's order). */
function announce(w: World, user: UserRec, note: NoteRec): void {
  const reasons = new Map<string, 'mention' | 'reply' | 'renote' | 'quote'>();
  const push = (userId: string, reason: 'mention' | 'reply' | 'renote' | 'quote') => {
    if (userId === user.id) return;
    const exist = reasons.get(userId);
    if (!exist) reasons.set(userId, reason);
    else if (reason !== 'mention') reasons.set(userId, reason);
  };
  const local = (id: string) => w.state.users.get(id)?.host === null;
  for (const id of note.mentions) {
    if (id === user.id || !local(id)) continue;
    w.bus.main(id, 'mention', w.packer.note(note, { viewerId: id }));
    push(id, 'mention');
  }
  const reply = note.replyId ? w.state.noteById(note.replyId) : undefined;
  if (reply && reply.userId !== user.id && local(reply.userId)) {
    w.bus.main(reply.userId, 'reply', w.packer.note(note, { viewerId: reply.userId, forStream: true }));
    push(reply.userId, 'reply');
  }
  const renote = note.renoteId ? w.state.noteById(note.renoteId) : undefined;
  if (renote && renote.userId !== user.id && local(renote.userId)) {
    push(renote.userId, isPureRenote(note) ? 'renote' : 'quote');
    w.bus.main(renote.userId, 'renote', w.packer.note(note, { viewerId: renote.userId, forStream: true }));
  }
  for (const [userId, reason] of reasons) w.notifications.create(userId, reason, { notifierId: user.id, noteId: note.id });
}

/** Poll closed: the author and every voter get `pollEnded`. */
export function pollEnded(w: World, noteId: string): void {
  const note = w.state.noteById(noteId);
  if (!note?.poll) return;
  const targets = new Set([note.userId, ...note.poll.votes.keys()]);
  for (const id of targets) if (w.state.users.get(id)?.host === null) w.notifications.create(id, 'pollEnded', { noteId });
}

/** Deletes a note and the pure renotes of it (Misskey does the same). */
export function deleteNote(w: World, note: NoteRec): void {
  for (const r of w.state.notes.filter((x) => x.renoteId === note.id && isPureRenote(x))) w.state.deleteNote(r.id);
  w.state.deleteNote(note.id);
}
