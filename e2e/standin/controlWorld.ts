import { chatScopes, type ChatScope } from './chat';
import type { entities } from 'misskey-js';
import type { AnnouncementRec, NewAnnouncement } from './announcements';
import { ApiError } from './errors';
import { follow } from './follows';
import { genId } from './ids';
import { deleteNote, pollEnded } from './noteActions';
import { react, unreact, vote } from './noteReactions';
import { NOTIFICATION_TYPES, type NotificationData, type NotificationType } from './notifications';
import type { SeedInfo } from './seed';
import type { UserRec } from './state';
import type { World } from './world';

// Control operations that act on the world as a given user (test plumbing, not Misskey).

/** The control API's announce: a new announcement, for everyone or (`username`) one user. */
export type AnnounceParams = Omit<NewAnnouncement, 'userId'> & { username?: string };

export class ControlError extends Error {}

export interface NotifyParams extends NotificationData {
  username: string;
  type: NotificationType;
  /** Username of the notifier (for types that carry a user). */
  from?: string;
}

export interface CreateUserParams {
  username: string;
  name?: string | null;
  locked?: boolean;
  /** Also issue a native login token (returned). Default true. */
  withToken?: boolean;
}

export class WorldControl {
  constructor(
    private readonly w: World,
    readonly seed: SeedInfo,
  ) {}

  user(username: string | undefined): UserRec {
    const u = username ? this.w.state.userByName(username) : undefined;
    if (!u) throw new ControlError(`no such user: ${username}`);
    return u;
  }

  private note(noteId: string | undefined) {
    const n = noteId ? this.w.state.noteById(noteId) : undefined;
    if (!n) throw new ControlError(`no such note: ${noteId}`);
    return n;
  }

  /** Runs a domain action; Misskey errors become control errors carrying the Misskey code. */
  private run<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      if (err instanceof ApiError) throw new ControlError(`${err.def.code}: ${err.def.message}`);
      throw err;
    }
  }

  react(p: { username: string; noteId: string; reaction: string }): { ok: true } {
    this.run(() => react(this.w, this.user(p?.username), this.note(p.noteId), p.reaction));
    return { ok: true };
  }

  unreact(p: { username: string; noteId: string }): { ok: true } {
    this.run(() => unreact(this.w, this.user(p?.username), this.note(p.noteId)));
    return { ok: true };
  }

  vote(p: { username: string; noteId: string; choice: number }): { ok: true } {
    this.run(() => vote(this.w, this.user(p?.username), this.note(p.noteId), p.choice));
    return { ok: true };
  }

  deleteNote(p: { noteId: string }): { ok: true } {
    deleteNote(this.w, this.note(p?.noteId));
    return { ok: true };
  }

  /** Closes a poll now: its author and voters get `pollEnded`. */
  endPoll(p: { noteId: string }): { ok: true } {
    const n = this.note(p?.noteId);
    if (!n.poll) throw new ControlError('note has no poll');
    n.poll.expiresAt = new Date().toISOString();
    pollEnded(this.w, n.id);
    return { ok: true };
  }

  follow(p: { follower: string; followee: string }): { ok: true; pending: boolean } {
    const follower = this.user(p?.follower);
    const followee = this.user(p.followee);
    this.run(() => follow(this.w, follower, followee));
    return { ok: true, pending: !this.w.state.isFollowing(follower.id, followee.id) };
  }

  notify(p: NotifyParams): { notificationId: string | null } {
    const user = this.user(p?.username);
    if (!(NOTIFICATION_TYPES as readonly string[]).includes(p.type)) throw new ControlError(`unknown notification type: ${p.type}`);
    const { username: _u, type, from, ...data } = p;
    if (from) data.notifierId = this.user(from).id;
    if (type === 'roleAssigned' && !data.roleId) data.roleId = this.seed.roleId;
    if (type === 'achievementEarned' && !data.achievement) data.achievement = 'clickedClickHere';
    if (type === 'app' && data.body === undefined) data.body = 'Hello from the stand-in';
    if (type === 'exportCompleted' && !data.fileId) data.fileId = genId();
    const rec = this.w.notifications.create(user.id, type, data);
    return { notificationId: rec?.id ?? null };
  }

  /** A global announcement (broadcast), or with `username` one for that user only (on their main channel). */
  announce(p: AnnounceParams): { announcement: AnnouncementRec } {
    if (typeof p?.text !== 'string') throw new ControlError('text is required');
    const userId = p.username ? this.user(p.username).id : null;
    const { username: _username, ...rest } = p;
    return { announcement: this.w.announcements.create({ ...rest, userId }) };
  }

  addEmoji(p: { name: string; category?: string | null; aliases?: string[] }): { emoji: entities.EmojiDetailed } {
    if (!p?.name || !/^[a-z0-9_+-]+$/i.test(p.name)) throw new ControlError('name must match [a-z0-9_+-]+');
    const rec = this.w.emojis.add({
      name: p.name,
      category: p.category ?? null,
      aliases: p.aliases ?? [],
      license: null,
      isSensitive: false,
      localOnly: false,
    });
    const emoji = this.w.emojis.detailed(rec);
    this.w.bus.emit({ kind: 'broadcast', type: 'emojiAdded', body: { emoji } });
    return { emoji };
  }

  createUser(p: CreateUserParams): { user: entities.UserLite; token: string | null } {
    if (!p?.username || !/^\w{1,20}$/.test(p.username)) throw new ControlError('username must match \\w{1,20}');
    if (this.w.state.userByName(p.username)) throw new ControlError(`user exists: ${p.username}`);
    const user = this.w.state.addUser(p.username, { name: p.name ?? null, isLocked: p.locked ?? false });
    const token = p.withToken === false ? null : this.w.state.issueToken(user.id, []);
    if (token) this.w.state.tokens.get(token)!.permissions = null; // a native login token
    return { user: this.w.packer.userLite(user), token };
  }

  setSearchAllowed(p: { username: string; allowed: boolean }): { ok: true } {
    this.w.social.searchOverride.set(this.user(p?.username).id, p.allowed === true);
    return { ok: true };
  }

  /** Who may start a chat with the user (Misskey's `chatScope`, default "mutual"). */
  setChatScope(p: { username: string; scope: ChatScope }): { ok: true } {
    if (!chatScopes.includes(p?.scope)) throw new ControlError(`scope must be one of ${chatScopes.join(', ')}`);
    this.w.chat.scopes.set(this.user(p.username).id, p.scope);
    return { ok: true };
  }

  /** Ids a test needs (role, list, antenna, channel, polls, ...). */
  seeded(): SeedInfo & { users: Record<string, string>; emojis: string[] } {
    const users: Record<string, string> = {};
    for (const u of this.w.state.users.values()) if (u.host === null) users[u.username] = u.id;
    return { ...this.seed, users, emojis: this.w.emojis.list().map((e) => e.name) };
  }
}
