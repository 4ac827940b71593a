/**
 * The accounts document's versions. Each step turns version n into n + 1; a document from a
 * newer MissDeck is never rewritten in place (its entries are read as far as they fit).
 */
export const currentAccountsVersion = 3;

const isEntry = (entry: unknown): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null;

// Entries that are not objects pass through untouched; loading reports them as unreadable.
const steps: Record<number, (entries: unknown[]) => unknown[]> = {
  // v2: the server's version is recorded, one account is the default for posting, and a token
  // may be absent (kept for the session only).
  1: (entries) => entries.map((entry, index) => (isEntry(entry) ? { serverVersion: null, isDefault: index === 0, ...entry } : entry)),
  // v3: the server's theme colour is recorded (unknown until the server is asked again at start).
  2: (entries) => entries.map((entry) => (isEntry(entry) ? { serverThemeColor: null, ...entry } : entry)),
};

export type MigrationOutcome =
  | { kind: 'current' | 'migrated'; entries: unknown[]; from: number }
  | { kind: 'newer'; entries: unknown[]; from: number }
  | { kind: 'unreadable' };

export function migrateAccountsDocument(raw: unknown): MigrationOutcome {
  if (typeof raw !== 'object' || raw === null) return { kind: 'unreadable' };
  const { version, accounts } = raw as { version?: unknown; accounts?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || !Array.isArray(accounts)) return { kind: 'unreadable' };
  if (version > currentAccountsVersion) return { kind: 'newer', entries: accounts, from: version };
  let entries: unknown[] = accounts;
  for (let at = version; at < currentAccountsVersion; at++) entries = steps[at]!(entries);
  return { kind: version === currentAccountsVersion ? 'current' : 'migrated', entries, from: version };
}
