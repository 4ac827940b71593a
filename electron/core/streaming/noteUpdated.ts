import type { NoteUpdate } from '../../../shared/model/noteUpdate';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Reads a top-level `noteUpdated` body (`{id, type, body}`); anything malformed is dropped. */
export function parseNoteUpdated(frameBody: unknown): { noteId: string; update: NoteUpdate } | null {
  if (!isRecord(frameBody) || typeof frameBody.id !== 'string' || !isRecord(frameBody.body)) return null;
  const { id: noteId, type } = frameBody;
  const body = frameBody.body;
  switch (type) {
    case 'reacted': {
      if (typeof body.reaction !== 'string' || typeof body.userId !== 'string') return null;
      const emoji = isRecord(body.emoji) && typeof body.emoji.name === 'string' && typeof body.emoji.url === 'string' ? { name: body.emoji.name, url: body.emoji.url } : null;
      return { noteId, update: { type, reaction: body.reaction, emoji, userId: body.userId } };
    }
    case 'unreacted':
      if (typeof body.reaction !== 'string' || typeof body.userId !== 'string') return null;
      return { noteId, update: { type, reaction: body.reaction, userId: body.userId } };
    case 'pollVoted':
      if (typeof body.choice !== 'number' || typeof body.userId !== 'string') return null;
      return { noteId, update: { type, choice: body.choice, userId: body.userId } };
    case 'deleted':
      if (typeof body.deletedAt !== 'string') return null;
      return { noteId, update: { type, deletedAt: body.deletedAt } };
    default:
      return null;
  }
}
