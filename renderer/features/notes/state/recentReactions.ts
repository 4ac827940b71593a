/** Recently used reactions, per account, newest first (localStorage; nothing secret). */
const max = 24;
const key = (accountId: string) => `missdeck.recentReactions.${accountId}`;

export function recentReactions(accountId: string | null): string[] {
  if (!accountId) return [];
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key(accountId)) ?? '[]');
    return Array.isArray(value) ? value.filter((r): r is string => typeof r === 'string' && r.length > 0 && r.length <= 256).slice(0, max) : [];
  } catch {
    return [];
  }
}

export function rememberReaction(accountId: string, reaction: string): void {
  const next = [reaction, ...recentReactions(accountId).filter((r) => r !== reaction)].slice(0, max);
  try {
    localStorage.setItem(key(accountId), JSON.stringify(next));
  } catch {
    // Storage full or off: the picker just shows no recents.
  }
}
