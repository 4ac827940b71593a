import type { NoteRec, State } from './state';

// Misskey's isVisibleForMe: who may read a note's content.

export function canSee(state: State, viewerId: string | null, n: NoteRec): boolean {
  if (n.visibility === 'public' || n.visibility === 'home') return true;
  if (viewerId === null) return false;
  if (viewerId === n.userId) return true;
  const reply = n.replyId ? state.noteById(n.replyId) : undefined;
  if (reply && reply.userId === viewerId) return true;
  if (n.visibility === 'specified') return n.visibleUserIds.includes(viewerId);
  return n.mentions.includes(viewerId) || state.isFollowing(viewerId, n.userId);
}

/** A renote without text, cw, files or poll. */
export function isPureRenote(n: NoteRec): boolean {
  return n.renoteId !== null && n.text === null && n.cw === null && n.fileIds.length === 0 && n.poll === null;
}
