import type { Note } from '../../../../shared/model/note';

let seq = 0;

/** A user as Misskey sends it. */
export function user(patch: Partial<Note['user']> = {}): Note['user'] {
  return {
    id: 'u-alice',
    name: 'Alice',
    username: 'alice',
    host: null,
    avatarUrl: 'https://example.test/avatar.png',
    avatarBlurhash: null,
    avatarDecorations: [],
    emojis: {},
    onlineStatus: 'unknown',
    ...patch,
  };
}

/** A note as Misskey sends it. */
export function note(patch: Partial<Note> = {}): Note {
  seq++;
  return {
    id: `n${seq}`,
    createdAt: new Date(Date.now() - 60_000).toISOString(),
    userId: 'u-alice',
    user: user(),
    text: 'hello',
    cw: null,
    visibility: 'public',
    reactionAcceptance: null,
    reactionEmojis: {},
    reactions: {},
    reactionCount: 0,
    renoteCount: 0,
    repliesCount: 0,
    ...patch,
  };
}

export function file(patch: Partial<NonNullable<Note['files']>[number]> = {}): NonNullable<Note['files']>[number] {
  seq++;
  return {
    id: `f${seq}`,
    createdAt: new Date().toISOString(),
    name: `image${seq}.png`,
    type: 'image/png',
    md5: '0',
    size: 100,
    isSensitive: false,
    blurhash: null,
    properties: { width: 10, height: 10 },
    url: `https://files.example.test/${seq}.png`,
    thumbnailUrl: `https://files.example.test/${seq}-thumb.png`,
    comment: null,
    folderId: null,
    userId: 'u-alice',
    ...patch,
  };
}
