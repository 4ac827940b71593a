import { z } from 'zod';
import type { ReadingPosition } from '../../../shared/model/columnCache';
import type { Note } from '../../../shared/model/note';
import type { NotificationItem } from '../../../shared/model/notification';
import type { BlobStore, Logger, SecretCipher } from '../platform';

/** How many of a column's newest items are kept. */
export const cachedItemsPerColumn = 100;
const documentVersion = 1;
const filePrefix = 'column-';

const dated = z.looseObject({ id: z.string().min(1), createdAt: z.string() });
const positionSchema = z.object({ heldKey: z.string().min(1).max(64), anchorKey: z.string().min(1).max(64), above: z.number().finite() }).strict();
const documentSchema = z.object({
  version: z.literal(documentVersion),
  notes: z.array(dated).max(cachedItemsPerColumn),
  notifications: z.array(z.looseObject({ accountId: z.string().min(1), notification: dated })).max(cachedItemsPerColumn),
  position: positionSchema.nullable(),
});

interface Entry {
  notes: Note[];
  notifications: NotificationItem[];
  position: ReadingPosition | null;
}

type Dated = { id: string; createdAt: string };
const newestFirst = (a: Dated, b: Dated): number => (a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** The newest `cachedItemsPerColumn` of held and incoming, once each (the incoming copy wins). */
function mergeNewest<T>(held: readonly T[], incoming: readonly T[], key: (item: T) => Dated): T[] {
  const byId = new Map<string, T>();
  for (const item of held) byId.set(key(item).id, item);
  for (const item of incoming) byId.set(key(item).id, item);
  return [...byId.values()].sort((a, b) => newestFirst(key(a), key(b))).slice(0, cachedItemsPerColumn);
}

/**
 * The newest items of every column and where its reader was, on disk between runs, encrypted
 * with the same cipher as the tokens (notes can be followers-only or direct). Written a few
 * seconds after a change, and at once on `flush`.
 */
export class ColumnCache {
  private readonly entries = new Map<string, Entry>();
  private readonly dirty = new Set<string>();
  /**
   * Live notes not merged into their column's entry yet: a flood delivers one note at a time to
   * every column, and merging (a sort of the column's hundred) on each would cost the core more
   * than the rest of the delivery. They are merged when the entry is read or written.
   */
  private readonly pendingNotes = new Map<string, Note[]>();
  /** Columns read from disk at start whose renderer has not asked for them yet. */
  private readonly unserved = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly blobs: BlobStore,
    private readonly cipher: SecretCipher,
    private readonly logger: Logger,
    private readonly writeDelayMs = 5_000,
  ) {}

  /** Reads the cache of these columns; files of other columns, and unreadable ones, are deleted. */
  load(columnIds: readonly string[]): void {
    const wanted = new Set(columnIds);
    for (const name of this.blobs.list()) {
      const columnId = name.startsWith(filePrefix) ? name.slice(filePrefix.length) : '';
      if (!wanted.has(columnId)) {
        void this.blobs.remove(name).catch(() => undefined);
        continue;
      }
      const entry = this.read(name);
      if (entry) {
        this.entries.set(columnId, entry);
        this.unserved.add(columnId);
      }
      else void this.blobs.remove(name).catch(() => undefined);
    }
  }

  has(columnId: string): boolean {
    const entry = this.settled(columnId);
    return entry !== undefined && (entry.notes.length > 0 || entry.notifications.length > 0);
  }

  /**
   * What a column showed when the app last ran, once: the first paint after a start. Later asks (a
   * reloaded page, a column added this run) load from the server as before.
   */
  takeStartView(columnId: string): Entry | undefined {
    if (!this.unserved.delete(columnId) || !this.has(columnId)) return undefined;
    return this.settled(columnId);
  }

  view(columnId: string): Entry | undefined {
    return this.settled(columnId);
  }

  addNotes(columnId: string, notes: readonly Note[]): void {
    if (notes.length === 0) return;
    this.entry(columnId);
    const pending = this.pendingNotes.get(columnId);
    if (pending) pending.push(...notes);
    else this.pendingNotes.set(columnId, [...notes]);
    // Held to a column's worth, so a long run between reads keeps its memory flat.
    if ((pending?.length ?? 0) > cachedItemsPerColumn) this.settled(columnId);
    this.changed(columnId);
  }

  addNotifications(columnId: string, items: readonly NotificationItem[]): void {
    if (items.length === 0) return;
    const entry = this.entry(columnId);
    // Only the rows: `arrived` (the one notification a live row took in) is news once, not on the next start.
    const rows = items.map(({ accountId, notification }) => ({ accountId, notification }));
    entry.notifications = mergeNewest(entry.notifications, rows, (item) => item.notification);
    this.changed(columnId);
  }

  /** A deleted note leaves every column, and the notifications about it with it. */
  removeNote(noteId: string): void {
    for (const columnId of this.pendingNotes.keys()) this.settled(columnId);
    for (const [columnId, entry] of this.entries) {
      const notes = entry.notes.filter((note) => note.id !== noteId);
      const notifications = entry.notifications.filter((item) => (item.notification as { note?: { id?: string } }).note?.id !== noteId);
      if (notes.length === entry.notes.length && notifications.length === entry.notifications.length) continue;
      entry.notes = notes;
      entry.notifications = notifications;
      this.changed(columnId);
    }
  }

  setPosition(columnId: string, position: ReadingPosition | null): void {
    const entry = this.entry(columnId);
    if (JSON.stringify(entry.position) === JSON.stringify(position)) return;
    entry.position = position;
    this.changed(columnId);
  }

  /** A column's cache goes with the column. */
  remove(columnId: string): Promise<void> {
    this.entries.delete(columnId);
    this.pendingNotes.delete(columnId);
    this.dirty.delete(columnId);
    return this.blobs.remove(filePrefix + columnId);
  }

  /** An account's items go with the account, from columns that gather every account too. */
  async forgetAccount(accountId: string): Promise<void> {
    for (const [columnId, entry] of this.entries) {
      const notifications = entry.notifications.filter((item) => item.accountId !== accountId);
      if (notifications.length === entry.notifications.length) continue;
      entry.notifications = notifications;
      this.dirty.add(columnId);
    }
    await this.flush();
  }

  /** Writes every changed column now. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const columnIds = [...this.dirty];
    this.dirty.clear();
    await Promise.all(columnIds.map((columnId) => this.write(columnId)));
  }

  dispose(): Promise<void> {
    return this.flush();
  }

  private entry(columnId: string): Entry {
    let entry = this.entries.get(columnId);
    if (!entry) {
      entry = { notes: [], notifications: [], position: null };
      this.entries.set(columnId, entry);
    }
    return entry;
  }

  /** The column's entry with its pending live notes merged in. */
  private settled(columnId: string): Entry | undefined {
    const entry = this.entries.get(columnId);
    const pending = this.pendingNotes.get(columnId);
    if (entry && pending) {
      this.pendingNotes.delete(columnId);
      entry.notes = mergeNewest(entry.notes, pending, (note) => note);
    }
    return entry;
  }

  private changed(columnId: string): void {
    this.dirty.add(columnId);
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush(), this.writeDelayMs);
    this.timer.unref?.();
  }

  private async write(columnId: string): Promise<void> {
    const entry = this.settled(columnId);
    if (!entry) return;
    try {
      const document = { version: documentVersion, ...entry };
      await this.blobs.write(filePrefix + columnId, this.cipher.encrypt(JSON.stringify(document)));
    } catch (error) {
      this.logger.warn('column cache not written', { columnId, error: String(error) });
    }
  }

  private read(name: string): Entry | undefined {
    try {
      const sealed = this.blobs.read(name);
      if (sealed === undefined) return undefined;
      const parsed = documentSchema.parse(JSON.parse(this.cipher.decrypt(sealed)));
      return { notes: parsed.notes as unknown as Note[], notifications: parsed.notifications as unknown as NotificationItem[], position: parsed.position };
    } catch (error) {
      this.logger.warn('column cache unreadable; dropped', { file: name, error: error instanceof Error ? error.message.slice(0, 200) : String(error) });
      return undefined;
    }
  }
}
