import type { entities } from 'misskey-js';
import { genId } from './ids';
import type { World } from './world';

// Clips (reading/clips-*.json) and the favourite records behind i/favorites (reading/i-favorites.json).

export interface ClipRec {
  id: string;
  createdAt: string;
  lastClippedAt: string | null;
  userId: string;
  name: string;
  description: string | null;
  isPublic: boolean;
  /** noteId → clip-note id, in the order they were added. */
  notes: Map<string, string>;
}

export interface FavoriteRec {
  id: string;
  createdAt: string;
  noteId: string;
}

export const CLIP_ERRORS = {
  TOO_MANY_CLIPS: { message: 'You cannot create clip any more.', code: 'TOO_MANY_CLIPS', id: '920f7c2d-6208-4b76-8082-e632020f5883', kind: 'client', status: 400 },
  NO_SUCH_CLIP_UPDATE: { message: 'No such clip.', code: 'NO_SUCH_CLIP', id: 'b4d92d70-b216-46fa-9a3f-a8c811699257', kind: 'client', status: 400 },
  NO_SUCH_CLIP_DELETE: { message: 'No such clip.', code: 'NO_SUCH_CLIP', id: '70ca08ba-6865-4630-b6fb-8494759aa754', kind: 'client', status: 400 },
  NO_SUCH_CLIP_SHOW: { message: 'No such clip.', code: 'NO_SUCH_CLIP', id: 'c3c5fe33-d62c-44d2-9ea5-d997703f5c20', kind: 'client', status: 400 },
  NO_SUCH_CLIP_ADD: { message: 'No such clip.', code: 'NO_SUCH_CLIP', id: 'd6e76cc0-a1b5-4c7c-a287-73fa9c716dcf', kind: 'client', status: 400 },
  NO_SUCH_NOTE_ADD: { message: 'No such note.', code: 'NO_SUCH_NOTE', id: 'fc8c0b49-c7a3-4664-a0a6-b418d386bb8b', kind: 'client', status: 400 },
  ALREADY_CLIPPED: { message: 'The note has already been clipped.', code: 'ALREADY_CLIPPED', id: '734806c4-542c-463a-9311-15c512803965', kind: 'client', status: 400 },
  TOO_MANY_CLIP_NOTES: { message: 'You cannot add notes to the clip any more.', code: 'TOO_MANY_CLIP_NOTES', id: 'f0dba960-ff73-4615-8df4-d6ac5d9dc118', kind: 'client', status: 400 },
  NO_SUCH_CLIP_REMOVE: { message: 'No such clip.', code: 'NO_SUCH_CLIP', id: 'b80525c6-97f7-49d7-a42d-ebccd49cfd52', kind: 'client', status: 400 },
  NO_SUCH_NOTE_REMOVE: { message: 'No such note.', code: 'NO_SUCH_NOTE', id: 'aff017de-190e-434b-893e-33a9ff5049d8', kind: 'client', status: 400 },
  NO_SUCH_CLIP_NOTES: { message: 'No such clip.', code: 'NO_SUCH_CLIP', id: '1d7645e6-2b6d-4635-b0fe-fe22b0e72e00', kind: 'client', status: 400 },
} as const;

export class Clips {
  /** Ascending by id. */
  readonly all: ClipRec[] = [];
  /** userId → favourites, ascending by id. */
  private readonly favs = new Map<string, FavoriteRec[]>();

  constructor(private readonly w: World) {}

  create(userId: string, p: { name: string; description: string | null; isPublic: boolean }): ClipRec {
    const clip: ClipRec = { id: genId(), createdAt: new Date().toISOString(), lastClippedAt: null, userId, notes: new Map(), ...p };
    this.all.push(clip);
    return clip;
  }

  byId(clipId: string): ClipRec | undefined {
    return this.all.find((c) => c.id === clipId);
  }

  of(userId: string): ClipRec[] {
    return this.all.filter((c) => c.userId === userId);
  }

  pack(c: ClipRec, viewerId: string | null): entities.Clip {
    return {
      id: c.id,
      createdAt: c.createdAt,
      lastClippedAt: c.lastClippedAt,
      userId: c.userId,
      user: this.w.packer.userLite(this.w.state.users.get(c.userId)!),
      name: c.name,
      description: c.description,
      isPublic: c.isPublic,
      favoritedCount: 0,
      isFavorited: viewerId === null ? undefined : false,
      notesCount: c.notes.size,
    } as unknown as entities.Clip;
  }

  /** Called by notes/favorites/create: keeps when the note was favourited, for i/favorites. */
  favorited(userId: string, noteId: string): void {
    const list = this.favs.get(userId) ?? [];
    list.push({ id: genId(), createdAt: new Date().toISOString(), noteId });
    this.favs.set(userId, list);
  }

  /** Favourite records of a user, ascending by id (only notes still favourited). */
  favoritesOf(userId: string): FavoriteRec[] {
    const known = this.w.state.favorites.get(userId) ?? new Set<string>();
    const list = (this.favs.get(userId) ?? []).filter((f) => known.has(f.noteId));
    this.favs.set(userId, list);
    return list;
  }
}
