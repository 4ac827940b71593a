import type { Bus } from './events';
import { genId } from './ids';

// Announcements as Misskey 2026.5.4 keeps them (reading/announcements*.json, i-unread-announcements.json,
// streaming-announcements-alice.json).

export interface AnnouncementRec {
  id: string;
  createdAt: string;
  updatedAt: string | null;
  title: string;
  text: string;
  imageUrl: string | null;
  icon: 'info' | 'warning' | 'error' | 'success';
  display: 'normal' | 'banner' | 'dialog';
  needConfirmationToRead: boolean;
  isActive: boolean;
  forExistingUsers: boolean;
  silence: boolean;
  /** null: for everyone; else only for this user. */
  userId: string | null;
}

export type NewAnnouncement = Partial<Pick<AnnouncementRec, 'title' | 'imageUrl' | 'icon' | 'display' | 'needConfirmationToRead' | 'silence' | 'userId'>> & { text: string };

export class Announcements {
  /** Ascending by id. */
  private readonly rows: AnnouncementRec[] = [];
  /** userId → ids read. */
  private readonly reads = new Map<string, Set<string>>();

  constructor(private readonly bus: Bus) {}

  /** Stores one and streams it: global ones as a top-level broadcast, personal ones on the user's main channel. */
  create(p: NewAnnouncement): AnnouncementRec {
    const rec: AnnouncementRec = {
      id: genId(),
      createdAt: new Date().toISOString(),
      updatedAt: null,
      title: p.title ?? 'Announcement',
      text: p.text,
      imageUrl: p.imageUrl ?? null,
      icon: p.icon ?? 'info',
      display: p.display ?? 'normal',
      needConfirmationToRead: p.needConfirmationToRead ?? false,
      isActive: true,
      forExistingUsers: false,
      silence: p.silence ?? false,
      userId: p.userId ?? null,
    };
    this.rows.push(rec);
    // The streamed copy is packed for nobody in particular: forYou false, no isRead (as recorded).
    const announcement = this.pack(rec, null);
    delete (announcement as { isRead?: boolean }).isRead;
    if (rec.userId) this.bus.main(rec.userId, 'announcementCreated', { announcement });
    else this.bus.emit({ kind: 'broadcast', type: 'announcementCreated', body: { announcement } });
    return rec;
  }

  private readBy(userId: string): Set<string> {
    let set = this.reads.get(userId);
    if (!set) {
      set = new Set();
      this.reads.set(userId, set);
    }
    return set;
  }

  /** `announcements`: newest first, active ones (default) or inactive ones, global or addressed to the caller. */
  list(userId: string | null, p: { isActive: boolean; limit: number; sinceId?: string; untilId?: string }): Record<string, unknown>[] {
    return this.rows
      .filter((a) => a.isActive === p.isActive && (a.userId === null || a.userId === userId))
      .filter((a) => (!p.sinceId || a.id > p.sinceId) && (!p.untilId || a.id < p.untilId))
      .reverse()
      .slice(0, p.limit)
      .map((a) => this.pack(a, userId));
  }

  show(id: string, userId: string | null): Record<string, unknown> | null {
    const a = this.rows.find((row) => row.id === id && (row.userId === null || row.userId === userId));
    return a ? this.pack(a, userId) : null;
  }

  /**
   * i/read-announcement: unknown ids are ignored (204). Reading a personal one deactivates it; reading the last
   * unread one streams `readAllAnnouncements` (body null).
   */
  read(userId: string, id: string): void {
    const a = this.rows.find((row) => row.id === id && row.isActive && (row.userId === null || row.userId === userId));
    if (!a || this.readBy(userId).has(id)) return;
    this.readBy(userId).add(id);
    if (a.userId) a.isActive = false;
    if (this.unread(userId).length === 0) this.bus.main(userId, 'readAllAnnouncements', null);
  }

  /** MeDetailed `unreadAnnouncements`: the RAW stored rows (not the packed shape), oldest first, silent ones left out. */
  unread(userId: string): AnnouncementRec[] {
    const read = this.readBy(userId);
    return this.rows.filter((a) => a.isActive && !a.silence && (a.userId === null || a.userId === userId) && !read.has(a.id)).map((a) => ({ ...a }));
  }

  private pack(a: AnnouncementRec, userId: string | null): Record<string, unknown> {
    return {
      id: a.id,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      title: a.title,
      text: a.text,
      imageUrl: a.imageUrl,
      icon: a.icon,
      display: a.display,
      forYou: userId !== null && a.userId === userId,
      needConfirmationToRead: a.needConfirmationToRead,
      silence: a.silence,
      isRead: userId !== null && this.readBy(userId).has(a.id),
    };
  }
}
