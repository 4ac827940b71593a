import { t } from '../../i18n';
import type { Note, NoteVisibility } from '../../../shared/model/note';
import { capCombiningMarks } from '../../lib/combiningMarks';
import type { EmojiUrls } from '../mfm';

/**
 * A note as the UI shows it: every field present, of the right type, with safe defaults.
 * Notes come from remote servers through ours: any field may be missing, null or odd.
 * Components read only this shape, so a malformed note cannot crash them.
 */
export interface UserView {
  id: string;
  name: string | null;
  username: string;
  host: string | null;
  avatarUrl: string | null;
  emojis: EmojiUrls;
  isBot: boolean;
  isCat: boolean;
  instance: { name: string | null; iconUrl: string | null; themeColor: string | null } | null;
}

export type MediaKind = 'image' | 'video' | 'audio' | 'other';

export interface FileView {
  id: string;
  name: string;
  type: string;
  kind: MediaKind;
  url: string | null;
  thumbnailUrl: string | null;
  isSensitive: boolean;
  comment: string | null;
  width: number | null;
  height: number | null;
}

export interface PollChoiceView {
  text: string;
  votes: number;
  isVoted: boolean;
}

export interface PollView {
  multiple: boolean;
  expiresAt: string | null;
  choices: PollChoiceView[];
}

export interface NoteView {
  id: string;
  createdAt: string;
  user: UserView;
  text: string | null;
  cw: string | null;
  visibility: NoteVisibility;
  localOnly: boolean;
  isHidden: boolean;
  files: FileView[];
  poll: PollView | null;
  emojis: EmojiUrls;
  /** Reaction key → count, in the server's order, counts > 0 only. */
  reactions: [string, number][];
  reactionEmojis: EmojiUrls;
  myReaction: string | null;
  renote: NoteView | null;
  reply: NoteView | null;
  replyId: string | null;
  renoteId: string | null;
  visibleUserIds: string[];
  url: string | null;
  uri: string | null;
  repliesCount: number;
  renoteCount: number;
  channelName: string | null;
  /** The note as it came, for commands that need it. */
  raw: Note;
}

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
/** Text a person reads (not ids, URLs or keys): runs of combining marks cut to what Unicode allows. */
const shown = (v: unknown, fallback = ''): string => capCombiningMarks(str(v, fallback));
const shownOrNull = (v: unknown): string | null => (typeof v === 'string' ? capCombiningMarks(v) : null);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const obj = (v: unknown): Record<string, unknown> => (v != null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A name → URL map with string values only (no prototype keys). */
export function emojiMap(v: unknown): EmojiUrls {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  if (Array.isArray(v)) {
    // Older servers sent `[{ name, url }]`.
    for (const e of v) {
      const { name, url } = obj(e);
      if (typeof name === 'string' && typeof url === 'string') out[name] = url;
    }
    return out;
  }
  for (const [k, url] of Object.entries(obj(v))) if (typeof url === 'string') out[k] = url;
  return out;
}

const visibilities: readonly NoteVisibility[] = ['public', 'home', 'followers', 'specified'];

/**
 * What a note may show at most. Misskey itself allows 16 files and 10 poll choices; a hostile
 * server can send thousands, and rendering them all freezes the deck.
 */
export const noteLimits = { files: 16, pollChoices: 10, reactionKinds: 64, nameLength: 256, usernameLength: 128 } as const;

const clip = (text: string | null, length: number): string | null => (text !== null && text.length > length ? text.slice(0, length) : text);

/** The most used reactions first, at most `noteLimits.reactionKinds` of them. */
function topReactions(value: unknown): [string, number][] {
  const counted = Object.entries(obj(value)).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0);
  if (counted.length <= noteLimits.reactionKinds) return counted;
  return counted.sort((a, b) => b[1] - a[1]).slice(0, noteLimits.reactionKinds);
}

export function userView(value: unknown): UserView {
  const u = obj(value);
  const instance = u.instance != null && typeof u.instance === 'object' ? obj(u.instance) : null;
  return {
    id: str(u.id),
    name: clip(shownOrNull(u.name), noteLimits.nameLength),
    username: clip(shown(u.username, '?'), noteLimits.usernameLength) || '?',
    host: shownOrNull(u.host) || null,
    avatarUrl: strOrNull(u.avatarUrl),
    emojis: emojiMap(u.emojis),
    isBot: u.isBot === true,
    isCat: u.isCat === true,
    instance: instance ? { name: shownOrNull(instance.name), iconUrl: strOrNull(instance.iconUrl) ?? strOrNull(instance.faviconUrl), themeColor: strOrNull(instance.themeColor) } : null,
  };
}

export function mediaKind(type: string): MediaKind {
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('audio/')) return 'audio';
  return 'other';
}

export function fileView(value: unknown, index: number): FileView {
  const f = obj(value);
  const type = str(f.type);
  const props = obj(f.properties);
  return {
    id: str(f.id) || `file-${index}`,
    name: shown(f.name) || 'file',
    type,
    kind: mediaKind(type),
    url: strOrNull(f.url),
    thumbnailUrl: strOrNull(f.thumbnailUrl),
    isSensitive: f.isSensitive === true,
    comment: shownOrNull(f.comment),
    width: typeof props.width === 'number' ? props.width : null,
    height: typeof props.height === 'number' ? props.height : null,
  };
}

function pollView(value: unknown): PollView | null {
  if (value == null || typeof value !== 'object') return null;
  const p = obj(value);
  const choices = arr(p.choices).slice(0, noteLimits.pollChoices).map((c) => {
    const choice = obj(c);
    return { text: shown(choice.text), votes: Math.max(0, num(choice.votes)), isVoted: choice.isVoted === true };
  });
  if (choices.length === 0) return null;
  return { multiple: p.multiple === true, expiresAt: strOrNull(p.expiresAt), choices };
}

const cache = new WeakMap<object, NoteView>();

/** The view of a note (depth-limited: a renote's renote is not followed further). Cached per object. */
export function noteView(value: unknown, depth = 0): NoteView {
  if (value != null && typeof value === 'object') {
    const hit = depth === 0 ? cache.get(value) : undefined;
    if (hit) return hit;
  }
  const n = obj(value);
  const visibility = visibilities.includes(n.visibility as NoteVisibility) ? (n.visibility as NoteVisibility) : 'public';
  const channel = obj(n.channel);
  const view: NoteView = {
    id: str(n.id),
    createdAt: str(n.createdAt),
    user: userView(n.user),
    text: shownOrNull(n.text),
    cw: shownOrNull(n.cw),
    visibility,
    localOnly: n.localOnly === true,
    isHidden: n.isHidden === true,
    files: arr(n.files).filter((f) => f != null && typeof f === 'object').slice(0, noteLimits.files).map(fileView),
    poll: pollView(n.poll),
    emojis: emojiMap(n.emojis),
    reactions: topReactions(n.reactions),
    reactionEmojis: emojiMap(n.reactionEmojis),
    myReaction: strOrNull(n.myReaction),
    renote: depth < 2 && n.renote != null && typeof n.renote === 'object' ? noteView(n.renote, depth + 1) : null,
    reply: depth < 1 && n.reply != null && typeof n.reply === 'object' ? noteView(n.reply, depth + 1) : null,
    replyId: strOrNull(n.replyId),
    renoteId: strOrNull(n.renoteId),
    visibleUserIds: arr(n.visibleUserIds).filter((x): x is string => typeof x === 'string'),
    url: strOrNull(n.url),
    uri: strOrNull(n.uri),
    repliesCount: num(n.repliesCount),
    renoteCount: num(n.renoteCount),
    channelName: shownOrNull(channel.name),
    raw: value as Note,
  };
  if (depth === 0 && value != null && typeof value === 'object') cache.set(value, view);
  return view;
}

/** A renote without content of its own: shown as "X renoted" with the renoted note. */
export const isPureRenote = (note: NoteView): note is NoteView & { renote: NoteView } =>
  note.renote != null && !note.text && !note.cw && note.files.length === 0 && !note.poll;

/** The same rule on a raw note (or a note-like shape) before it becomes a view: lists, mutes. */
export const isPureRawRenote = (note: { renote?: unknown; text?: unknown; cw?: unknown; files?: readonly unknown[] | null; poll?: unknown }): boolean =>
  note.renote != null && !note.text && !note.cw && (note.files?.length ?? 0) === 0 && !note.poll;

/** The note a reply/renote/reaction is about: a pure renote stands for the note it renotes. */
export const actionTargetOf = (note: NoteView): NoteView => (isPureRenote(note) ? note.renote : note);

export const displayName = (user: Pick<UserView, 'name' | 'username'>): string => (user.name?.trim() ? user.name : user.username);
export const acctOf = (user: Pick<UserView, 'username' | 'host'>): string => (user.host ? `@${user.username}@${user.host}` : `@${user.username}`);


/** The note's page: its own URL on a remote server, else on the viewing account's server. */
export function noteLink(note: Pick<NoteView, 'id' | 'url' | 'uri'>, server: string | null | undefined): string | null {
  const remote = note.url ?? note.uri;
  if (remote && /^https?:\/\//i.test(remote)) return remote;
  if (!server) return null;
  return `${server.replace(/\/+$/, '')}/notes/${encodeURIComponent(note.id)}`;
}

export interface PollSummary {
  total: number;
  expired: boolean;
  voted: boolean;
  /** Whether the viewer may still vote (on a multiple-choice poll: for choices not yet voted). */
  canVote: boolean;
  choices: (PollChoiceView & { percent: number })[];
}

export function pollSummary(poll: PollView, now: number): PollSummary {
  const total = poll.choices.reduce((sum, c) => sum + c.votes, 0);
  const expiresAt = poll.expiresAt ? Date.parse(poll.expiresAt) : NaN;
  const expired = Number.isFinite(expiresAt) && expiresAt <= now;
  const voted = poll.choices.some((c) => c.isVoted);
  return {
    total,
    expired,
    voted,
    canVote: !expired && (!voted || poll.multiple),
    choices: poll.choices.map((c) => ({ ...c, percent: total > 0 ? Math.round((c.votes / total) * 1000) / 10 : 0 })),
  };
}

/** "3 days left", "1 hour left", or null when there is no end. */
export function pollTimeLeft(expiresAt: string | null, now: number): string | null {
  if (!expiresAt) return null;
  const ms = Date.parse(expiresAt) - now;
  if (!Number.isFinite(ms)) return null;
  if (ms <= 0) return t('poll.ended');
  const units = [
    ['days', 86_400_000],
    ['hours', 3_600_000],
    ['minutes', 60_000],
  ] as const;
  for (const [unit, size] of units) {
    const n = Math.floor(ms / size);
    if (n >= 1) return t(`poll.left.${unit}`, { count: n });
  }
  return t('poll.left.lessThanMinute');
}
