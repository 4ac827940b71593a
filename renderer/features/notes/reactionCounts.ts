/**
 * Reaction counts with the viewer's own change applied before the server confirms it:
 * the old reaction loses one, the new one gains one. Order: the server's, new ones last.
 */
export function withOwnReaction(reactions: readonly [string, number][], serverMine: string | null, mine: string | null): [string, number][] {
  if (serverMine === mine) return [...reactions];
  const counts = new Map(reactions);
  if (serverMine) counts.set(serverMine, Math.max(0, (counts.get(serverMine) ?? 0) - 1));
  if (mine) counts.set(mine, (counts.get(mine) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 0);
}

/** Misskey shows the likeOnly heart for legacy "like" reactions as ❤; the key is kept. */
export const reactionLabel = (reaction: string): string => {
  const m = /^:([\w+-]+)(?:@([\w.:-]+))?:$/.exec(reaction);
  if (!m) return reaction;
  return m[2] && m[2] !== '.' ? `:${m[1]}@${m[2]}:` : `:${m[1]}:`;
};
