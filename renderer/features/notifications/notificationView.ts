import { t } from '../../i18n';
import type { Note } from '../../../shared/model/note';
import type { NotificationItem } from '../../../shared/model/notification';
import { userDisplayName } from '../../lib/acct';
import { safeWebUrl } from '../../lib/safeUrl';

type User = { id?: string; name?: string | null; username?: string; host?: string | null; avatarUrl?: string | null };

/** A reaction: as the server sent it, for `ReactionEmoji` to draw, and as text for labels. */
export interface ReactionView {
  /** `:blobcat:`, `:blob@misskey.io:`, `👍` */
  key: string;
  /** `:blobcat:` for our own `:blobcat@.:` */
  text: string;
}

/** Everything a notification row shows, read defensively: remote data may lack any field. */
export interface NotificationView {
  type: string;
  icon: string;
  /** Who did it, when someone did. */
  user: User | null;
  /** "Alice reacted to your note" */
  text: string;
  /** The note it is about, when it is about one. */
  note: Note | null;
  reaction: ReactionView | null;
  /** A second line: a follow-request message, an app's body, an achievement, a failed draft. */
  detail: string | null;
  /** An app notification's own icon (http(s) only). */
  imageUrl: string | null;
  /** The users of a grouped notification, beyond the first. */
  others: number;
  /** A grouped notification's people, newest first, with their reactions for `reaction:grouped`. */
  people: GroupPerson[];
}

/** One person in a grouped row. */
export interface GroupPerson {
  user: User;
  reaction: ReactionView | null;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const asUser = (value: unknown): User | null => (typeof value === 'object' && value !== null ? (value as User) : null);
const asNote = (value: unknown): Note | null =>
  typeof value === 'object' && value !== null && typeof (value as Note).id === 'string' ? (value as Note) : null;

const nameOf = (user: User | null): string => (user && (user.username || user.name) ? userDisplayName({ name: user.name ?? null, username: user.username ?? '' }) : t('notifications.someone'));

/** `:blobcat@.:` / `:blobcat@misskey.io:` / `👍`, with the text to show for it. */
export function reactionView(reaction: string): ReactionView {
  const custom = /^:([^:\s]+):$/.exec(reaction);
  if (!custom) return { key: reaction, text: reaction };
  const full = custom[1]!;
  return { key: reaction, text: `:${full.endsWith('@.') ? full.slice(0, -2) : full}:` };
}

const exportEntities = ['antenna', 'blocking', 'clip', 'customEmoji', 'favorite', 'following', 'muting', 'note', 'userList'] as const;
const exportName = (what: string): string =>
  (exportEntities as readonly string[]).includes(what) ? t(`notifications.export.${what as (typeof exportEntities)[number]}`) : what;

/** How one notification reads. Never throws: an unknown or malformed one reads as "Notification: <type>". */
export function describeNotification(item: NotificationItem): NotificationView {
  const n = (item?.notification ?? {}) as Record<string, unknown>;
  const type = str(n.type) ?? 'unknown';
  const user = asUser(n.user);
  const note = asNote(n.note);
  const who = nameOf(user);
  const view: NotificationView = { type, icon: '•', user, text: t('notifications.unknown', { type }), note, reaction: null, detail: null, imageUrl: null, others: 0, people: [] };
  switch (type) {
    case 'follow':
      return { ...view, icon: '➕', text: t('notifications.follow', { who }) };
    case 'mention':
      return { ...view, icon: '@', text: t('notifications.mention', { who }) };
    case 'reply':
      return { ...view, icon: '↩', text: t('notifications.reply', { who }) };
    case 'renote':
      return { ...view, icon: '⟳', text: t('notifications.renote', { who }) };
    case 'quote':
      return { ...view, icon: '❝', text: t('notifications.quote', { who }) };
    case 'note':
      return { ...view, icon: '✎', text: t('notifications.note', { who }) };
    case 'reaction': {
      const reaction = str(n.reaction);
      return { ...view, icon: '☺', text: t('notifications.reaction', { who }), reaction: reaction ? reactionView(reaction) : null };
    }
    case 'reaction:grouped': {
      const reactions = Array.isArray(n.reactions) ? (n.reactions as { user?: unknown; reaction?: unknown }[]) : [];
      const first = asUser(reactions[0]?.user);
      const reaction = str(reactions[0]?.reaction);
      const others = Math.max(0, reactions.length - 1);
      const people = reactions.flatMap((entry) => {
        const person = asUser(entry?.user);
        const text = str(entry?.reaction);
        return person ? [{ user: person, reaction: text ? reactionView(text) : null }] : [];
      });
      return {
        ...view,
        icon: '☺',
        user: first,
        others,
        people,
        text: others > 0 ? t('notifications.reactionGrouped', { who: nameOf(first), count: others }) : t('notifications.reaction', { who: nameOf(first) }),
        reaction: reaction ? reactionView(reaction) : null,
      };
    }
    case 'renote:grouped': {
      const users = Array.isArray(n.users) ? n.users.map(asUser) : [];
      const others = Math.max(0, users.length - 1);
      const first = users[0] ?? null;
      return {
        ...view,
        icon: '⟳',
        user: first,
        others,
        people: users.flatMap((person) => (person ? [{ user: person, reaction: null }] : [])),
        text: others > 0 ? t('notifications.renoteGrouped', { who: nameOf(first), count: others }) : t('notifications.renote', { who: nameOf(first) }),
      };
    }
    case 'pollEnded':
      return { ...view, icon: '📊', text: user && user.username ? t('notifications.pollEndedBy', { who }) : t('notifications.pollEnded') };
    case 'scheduledNotePosted':
      return { ...view, icon: '🕒', text: t('notifications.scheduledNotePosted') };
    case 'scheduledNotePostFailed': {
      const draft = (n.noteDraft ?? {}) as { text?: unknown };
      return { ...view, icon: '⚠', text: t('notifications.scheduledNotePostFailed'), detail: str(draft.text) };
    }
    case 'receiveFollowRequest':
      return { ...view, icon: '✋', text: t('notifications.receiveFollowRequest', { who }) };
    case 'followRequestAccepted':
      return { ...view, icon: '✔', text: t('notifications.followRequestAccepted', { who }), detail: str(n.message) };
    case 'achievementEarned':
      return { ...view, icon: '🏆', text: t('notifications.achievementEarned'), detail: str(n.achievement) };
    case 'app':
      return {
        ...view,
        icon: '▣',
        text: str(n.header) ?? t('notifications.app'),
        detail: str(n.body),
        imageUrl: safeWebUrl(str(n.icon)),
      };
    case 'roleAssigned': {
      const role = (n.role ?? {}) as { name?: unknown };
      return { ...view, icon: '★', text: str(role.name) ? t('notifications.roleAssignedNamed', { role: str(role.name) ?? '' }) : t('notifications.roleAssigned') };
    }
    case 'chatRoomInvitationReceived':
      return { ...view, icon: '💬', text: t('notifications.chatRoomInvitationReceived') };
    case 'exportCompleted': {
      const what = str(n.exportedEntity);
      return { ...view, icon: '📦', text: t('notifications.exportCompleted', { what: what ? exportName(what) : t('notifications.export.data') }), detail: t('notifications.exportDetail') };
    }
    case 'login':
      return { ...view, icon: '🔑', text: t('notifications.login') };
    case 'createToken':
      return { ...view, icon: '🔑', text: t('notifications.createToken') };
    case 'test':
      return { ...view, icon: '🧪', text: t('notifications.test') };
    default:
      return view;
  }
}

/** The note's text as one plain line (a CW stands in for the text it hides). */
export function noteExcerpt(note: Note | null, max = 280): string | null {
  if (!note) return null;
  if (note.isHidden) return t('notifications.hiddenNote');
  const text = note.cw ? t('notifications.cw', { cw: note.cw }) : (note.text ?? (note.renote ? (note.renote.cw ? t('notifications.cw', { cw: note.renote.cw }) : note.renote.text) : null));
  if (!text) return (note.files?.length ?? 0) > 0 ? t('media.attachments', { count: note.files!.length }) : null;
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
