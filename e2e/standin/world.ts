import { Announcements } from './announcements';
import type { entities } from 'misskey-js';
import { Drive } from './drive';
import { Emojis } from './emojis';
import { Clips } from './clips';
import { StandinClock } from './clock';
import { Bus } from './events';
import { Chat } from './chat';
import { ChatPacker } from './chatPack';
import { InjectedNotes } from './injected';
import { InjectedChat } from './injectedChat';
import { NoteDrafts } from './noteDrafts';
import { Notifications } from './notifications';
import { Packer } from './pack';
import { Social } from './social';
import { State } from './state';

export interface WorldOptions {
  unreadNotificationDelayMs?: number;
  /** How long a chat message must stay unread before main gets `newChatMessage` (Misskey: 3000). */
  chatUnreadDelayMs?: number;
}

/** Everything the REST handlers, the streaming side and the control API share. */
export class World {
  readonly state = new State();
  readonly social = new Social();
  readonly bus = new Bus();
  /** Raw notes pushed by the control API (`injectNotes`), also served by the REST timelines. */
  readonly injected = new InjectedNotes();
  readonly injectedChat = new InjectedChat();
  readonly drive: Drive;
  readonly emojis: Emojis;
  readonly packer: Packer;
  readonly notifications: Notifications;
  readonly clock = new StandinClock();
  readonly noteDrafts: NoteDrafts;
  readonly clips: Clips;
  readonly announcements: Announcements;
  readonly chat: Chat;
  readonly chatPack: ChatPacker;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    readonly baseUrl: () => string,
    opts: WorldOptions = {},
  ) {
    this.drive = new Drive(baseUrl);
    this.emojis = new Emojis(baseUrl);
    this.packer = new Packer(this.state, baseUrl, this.social, this.drive);
    this.notifications = new Notifications(this.state, this.packer, this.bus, {
      unreadDelayMs: opts.unreadNotificationDelayMs ?? 2000,
    });
    this.noteDrafts = new NoteDrafts(this);
    this.clips = new Clips(this);
    this.announcements = new Announcements(this.bus);
    this.chat = new Chat(this, opts.chatUnreadDelayMs ?? 3000);
    this.chatPack = new ChatPacker(this.state, this.packer, this.drive, () => this.chat);
    this.packer.chatScopeOf = (userId) => this.chat.scopeOf(userId);
    this.packer.meExtras = (userId) => {
      const unread = this.notifications.unreadCount(userId);
      const achievements = this.notifications
        .of(userId)
        .filter((n) => n.type === 'achievementEarned')
        .map((n) => ({ name: n.achievement ?? '', unlockedAt: Date.parse(n.createdAt) }));
      return {
        unreadNotificationsCount: unread,
        hasUnreadNotification: unread > 0,
        hasUnreadAnnouncement: this.announcements.unread(userId).length > 0,
        unreadAnnouncements: this.announcements.unread(userId) as unknown as entities.MeDetailed['unreadAnnouncements'],
        hasUnreadChatMessages: this.chat.hasUnread(userId),
        achievements: achievements as entities.MeDetailed['achievements'],
      };
    };
  }

  /** A timer that is cleared on close and does not keep the process alive. */
  later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, Math.min(Math.max(0, ms), 2_147_000_000));
    t.unref();
    this.timers.add(t);
  }

  close(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.notifications.close();
  }
}
