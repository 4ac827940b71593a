import type { NoteRec, State } from './state';

// Which notes each timeline (REST and streaming) carries.

export function inHome(state: State, userId: string, n: NoteRec): boolean {
  if (n.userId === userId) return true;
  return state.following(userId).has(n.userId) && n.visibility !== 'specified';
}

export function inLocal(n: NoteRec): boolean {
  return n.visibility === 'public';
}

export function inGlobal(n: NoteRec): boolean {
  return n.visibility === 'public';
}

export function inHybrid(state: State, userId: string, n: NoteRec): boolean {
  return inLocal(n) || inHome(state, userId, n);
}
