/** What `noteUpdated` says happened to a note on screen (Misskey 2026.5 has no note editing). */
export type NoteUpdate =
  | { type: 'reacted'; reaction: string; emoji: { name: string; url: string } | null; userId: string }
  | { type: 'unreacted'; reaction: string; userId: string }
  | { type: 'pollVoted'; choice: number; userId: string }
  | { type: 'deleted'; deletedAt: string };
