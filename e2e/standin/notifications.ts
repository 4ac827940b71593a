import type { entities } from 'misskey-js';
import type { Bus } from './events';
import { genId } from './ids';
import { POLICIES, type Packer } from './pack';
import type { RoleRec } from './social';
import type { State } from './state';

// Notifications as Misskey 2026.5.4 stores and streams them (notifications/*.json,
// streaming/channel-main-events.json).

export const NOTIFICATION_TYPES = [
  'note', 'follow', 'mention', 'reply', 'renote', 'quote', 'reaction', 'pollEnded', 'scheduledNotePosted',
  'scheduledNotePostFailed', 'receiveFollowRequest', 'followRequestAccepted', 'roleAssigned',
  'chatRoomInvitationReceived', 'achievementEarned', 'exportCompleted', 'login', 'createToken', 'app', 'test',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** Types that carry the notifier (`userId` + `user`). */
const WITH_USER = new Set<NotificationType>([
  'note', 'follow', 'mention', 'reply', 'renote', 'quote', 'reaction', 'receiveFollowRequest', 'followRequestAccepted',
]);
/** Types that carry a `note`. */
const WITH_NOTE = new Set<NotificationType>([
  'note', 'mention', 'reply', 'renote', 'quote', 'reaction', 'pollEnded', 'scheduledNotePosted',
]);

export interface NotificationData {
  notifierId?: string;
  noteId?: string;
  reaction?: string;
  achievement?: string;
  message?: string | null;
  body?: string;
  header?: string | null;
  icon?: string | null;
  roleId?: string;
  exportedEntity?: string;
  fileId?: string;
}

export interface NotificationRec extends NotificationData {
  id: string;
  createdAt: string;
  type: NotificationType;
  notifieeId: string;
}

export interface NotificationsOptions {
  /** Misskey sends `unreadNotification` when a notification is still unread after 2 s. */
  unreadDelayMs: number;
}

export class Notifications {
  /** userId → ascending by id. */
  private readonly byUser = new Map<string, NotificationRec[]>();
  private readonly latestRead = new Map<string, string>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly state: State,
    private readonly packer: Packer,
    private readonly bus: Bus,
    private readonly opts: NotificationsOptions,
  ) {}

  of(userId: string): NotificationRec[] {
    let list = this.byUser.get(userId);
    if (!list) {
      list = [];
      this.byUser.set(userId, list);
    }
    return list;
  }

  /**
   * Stores a notification and streams `notification` (and later `unreadNotification`) on the
   * notifiee's main channel. Like Misskey, nobody is notified about their own actions.
   */
  create(notifieeId: string, type: NotificationType, data: NotificationData = {}): NotificationRec | null {
    if (data.notifierId && data.notifierId === notifieeId) return null;
    const rec: NotificationRec = { id: genId(), createdAt: new Date().toISOString(), type, notifieeId, ...data };
    this.of(notifieeId).push(rec);
    const packed = this.pack(rec);
    if (!packed) return rec;
    this.bus.main(notifieeId, 'notification', packed);
    // The test notification's unreadNotification follows at once (as recorded); others after the delay.
    const delay = type === 'test' ? 0 : this.opts.unreadDelayMs;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.isRead(rec)) {
        const again = this.pack(rec);
        if (again) this.bus.main(notifieeId, 'unreadNotification', again);
      }
    }, delay);
    timer.unref();
    this.timers.add(timer);
    return rec;
  }

  /** Removes notifications matching `pred` (a follow request that was accepted). */
  remove(userId: string, pred: (n: NotificationRec) => boolean): void {
    const list = this.of(userId);
    this.byUser.set(userId, list.filter((n) => !pred(n)));
  }

  private isRead(rec: NotificationRec): boolean {
    const latest = this.latestRead.get(rec.notifieeId);
    return latest !== undefined && latest >= rec.id;
  }

  unreadCount(userId: string): number {
    return this.of(userId).filter((n) => !this.isRead(n) && this.pack(n) !== null).length;
  }

  /** Misskey's readAllNotification: streams `readAllNotifications` only if something was unread. */
  readAll(userId: string, force = false): void {
    const list = this.of(userId);
    const latest = list[list.length - 1];
    if (!latest) return;
    const before = this.latestRead.get(userId);
    this.latestRead.set(userId, latest.id);
    if (force || before === undefined || before < latest.id) this.bus.main(userId, 'readAllNotifications', null);
  }

  /** Packed notification, or null when the note it refers to is gone. */
  pack(n: NotificationRec): entities.Notification | null {
    const out: Record<string, unknown> = { id: n.id, createdAt: n.createdAt, type: n.type };
    if (WITH_USER.has(n.type) && n.notifierId) {
      const u = this.state.users.get(n.notifierId);
      if (!u) return null;
      out.userId = u.id;
      out.user = this.packer.userLite(u);
    }
    if (WITH_NOTE.has(n.type)) {
      const note = n.noteId ? this.state.noteById(n.noteId) : undefined;
      if (!note) return null;
      out.note = this.packer.note(note, { viewerId: n.notifieeId });
    }
    switch (n.type) {
      case 'reaction':
        out.reaction = n.reaction;
        break;
      case 'followRequestAccepted':
        out.message = n.message ?? null;
        break;
      case 'achievementEarned':
        out.achievement = n.achievement;
        break;
      case 'app':
        Object.assign(out, { body: n.body ?? '', header: n.header ?? null, icon: n.icon ?? null });
        break;
      case 'roleAssigned': {
        const role = n.roleId ? this.packer.social.roles.get(n.roleId) : undefined;
        if (!role) return null;
        out.role = packRole(role);
        break;
      }
      case 'exportCompleted':
        Object.assign(out, { exportedEntity: n.exportedEntity ?? 'note', fileId: n.fileId ?? genId() });
        break;
      default:
        break;
    }
    return out as unknown as entities.Notification;
  }

  close(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}

/** Role as `roles/list` and the roleAssigned notification carry it. */
export function packRole(r: RoleRec): entities.Role {
  return {
    id: r.id,
    createdAt: r.createdAt,
    updatedAt: r.createdAt,
    name: r.name,
    description: r.description,
    color: r.color,
    iconUrl: null,
    target: 'manual',
    condFormula: {},
    isPublic: r.isPublic,
    isAdministrator: false,
    isModerator: false,
    isExplorable: r.isExplorable,
    asBadge: r.asBadge,
    preserveAssignmentOnMoveAccount: false,
    canEditMembersByModerator: false,
    displayOrder: r.displayOrder,
    policies: Object.fromEntries(
      Object.entries(POLICIES).map(([k, v]) =>
        k in r.policies ? [k, { value: r.policies[k], priority: 0, useDefault: false }] : [k, { useDefault: true, priority: 0, value: v }],
      ),
    ),
    usersCount: r.members.size,
  } as unknown as entities.Role;
}
