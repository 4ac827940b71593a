import { genId } from './ids';
import type { NoteRec, State } from './state';
import { isPureRenote } from './visibility';

// Mutes, renote mutes, blocks and the word/instance lists of `i`, as the recorded server keeps
// them (reading/ fixtures). Word mutes are only stored: the server filters nothing by words.

export interface RelationRec {
  id: string;
  createdAt: string;
  /** Epoch ms a timed mute ends; null when it does not. */
  expiresAt: number | null;
}

export interface WordLists {
  mutedWords: (string | string[])[];
  hardMutedWords: (string | string[])[];
  mutedInstances: string[];
}

type Relations = Map<string, Map<string, RelationRec>>;

function pairs(map: Relations, userId: string): Map<string, RelationRec> {
  let of = map.get(userId);
  if (!of) {
    of = new Map();
    map.set(userId, of);
  }
  return of;
}

export class Mutes {
  /** userId → muteeId → mute */
  readonly mutings: Relations = new Map();
  readonly renoteMutings: Relations = new Map();
  readonly blockings: Relations = new Map();
  readonly words = new Map<string, WordLists>();

  of(kind: 'mute' | 'renoteMute' | 'block', userId: string): Map<string, RelationRec> {
    return pairs(kind === 'mute' ? this.mutings : kind === 'renoteMute' ? this.renoteMutings : this.blockings, userId);
  }

  add(kind: 'mute' | 'renoteMute' | 'block', userId: string, otherId: string, expiresAt: number | null = null): void {
    this.of(kind, userId).set(otherId, { id: genId(), createdAt: new Date().toISOString(), expiresAt });
  }

  isMuting(userId: string, otherId: string, now = Date.now()): boolean {
    const mute = this.mutings.get(userId)?.get(otherId);
    return mute !== undefined && (mute.expiresAt === null || mute.expiresAt > now);
  }

  isBlocking(userId: string, otherId: string): boolean {
    return this.blockings.get(userId)?.has(otherId) ?? false;
  }

  wordsOf(userId: string): WordLists {
    return this.words.get(userId) ?? { mutedWords: [], hardMutedWords: [], mutedInstances: [] };
  }

  /**
   * What Misskey's timelines drop for a viewer (REST and streaming alike): notes by, renoting or
   * replying to a user they mute or who blocks them, notes from a muted instance, and the pure
   * renotes of a renote-muted user. Not applied to users/notes, notes/show or main `reply`.
   */
  hiddenFrom(state: State, viewerId: string | null, n: NoteRec): boolean {
    if (viewerId === null) return false;
    const related = [n.userId, n.replyId ? state.noteById(n.replyId)?.userId : undefined, n.renoteId ? state.noteById(n.renoteId)?.userId : undefined];
    for (const userId of related) {
      if (!userId || userId === viewerId) continue;
      if (this.isMuting(viewerId, userId) || this.isBlocking(userId, viewerId)) return true;
      const host = state.users.get(userId)?.host;
      if (host && this.wordsOf(viewerId).mutedInstances.includes(host)) return true;
    }
    return isPureRenote(n) && n.userId !== viewerId && (this.renoteMutings.get(viewerId)?.has(n.userId) ?? false);
  }
}
