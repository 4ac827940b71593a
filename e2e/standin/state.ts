import { randomBytes } from 'node:crypto';
import { Mutes } from './mutes';
import { genId } from './ids';

export type Visibility = 'public' | 'home' | 'followers' | 'specified';

export interface UserRec {
  id: string;
  username: string;
  /** null = local; `host:port` of another stand-in for users learned through ap/show. */
  host: string | null;
  name: string | null;
  createdAt: string;
  isAdmin: boolean;
  description: string | null;
  isLocked: boolean;
}

export interface ReactionRec {
  id: string;
  createdAt: string;
  /** As stored: unicode, or `:name@.:` for a local custom emoji. */
  reaction: string;
}

export interface PollRec {
  choices: string[];
  multiple: boolean;
  expiresAt: string | null;
  /** userId → chosen choice indexes. */
  votes: Map<string, Set<number>>;
}

export interface NoteRec {
  id: string;
  createdAt: string;
  userId: string;
  text: string | null;
  cw: string | null;
  visibility: Visibility;
  localOnly: boolean;
  replyId: string | null;
  renoteId: string | null;
  tags: string[];
  mentions: string[];
  visibleUserIds: string[];
  fileIds: string[];
  channelId: string | null;
  poll: PollRec | null;
  /** userId → reaction, in the order they were made. */
  reactions: Map<string, ReactionRec>;
  /** Set for notes copied from another server (ap/show). */
  uri: string | null;
  url: string | null;
}

export interface TokenRec {
  token: string;
  /** Access-token id (what `i/revoke-token` takes as `tokenId`). */
  id: string;
  userId: string;
  /** null = native login token (every permission). */
  permissions: string[] | null;
  revoked: boolean;
}

export interface MiAuthSession {
  id: string;
  name: string | null;
  icon: string | null;
  callback: string | null;
  permissions: string[];
  status: 'pending' | 'approved' | 'denied' | 'consumed';
  token?: string;
  userId?: string;
}

export type NoteListener = (note: NoteRec) => void;

/** Deterministic login tokens, so tests can act as any seeded user without MiAuth. */
export const SEED_TOKENS: Readonly<Record<string, string>> = {
  alice: 'standinAliceTok1',
  bob: 'standinBobToken1',
  admin: 'standinAdminTok1',
};

const SEED_USERS = [
  { username: 'admin', name: 'Admin', isAdmin: true, description: 'Root admin of the stand-in.' },
  { username: 'alice', name: 'Alice 🐈', isAdmin: false, description: 'The MiAuth user.' },
  { username: 'bob', name: 'Bob', isAdmin: false, description: null },
];

const SEED_TEXTS = [
  'Good morning, deck!',
  'Trying out a new column layout.',
  'Coffee first. Then timelines.',
  'Hello @bob, how is it going?',
  '#missdeck is shaping up nicely',
  'Just a plain note.',
  'Reading the Misskey API docs again.',
  'Stand-in servers are fun.',
  'Weekend plans: nothing at all.',
  'Testing $[x2 MFM] rendering.',
];

function hashtags(text: string | null): string[] {
  if (!text) return [];
  return [...new Set([...text.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => m[1]!.toLowerCase()))];
}

export type NewNote = Partial<Omit<NoteRec, 'id' | 'createdAt' | 'userId' | 'tags' | 'mentions' | 'reactions'>>;

export class State {
  readonly users = new Map<string, UserRec>();
  /** Ascending by id (== by time). */
  notes: NoteRec[] = [];
  private readonly byId = new Map<string, NoteRec>();
  readonly follows = new Map<string, Set<string>>();
  /** followeeId → followerIds with a pending request (locked accounts). */
  readonly followRequests = new Map<string, Set<string>>();
  readonly tokens = new Map<string, TokenRec>();
  readonly sessions = new Map<string, MiAuthSession>();
  /** userId → favorited noteIds. */
  readonly favorites = new Map<string, Set<string>>();
  readonly mutes = new Mutes();
  miauthUsername = 'alice';
  /** What `meta` reports as `themeColor`, sent as it is (tests set malformed ones too). */
  themeColor: unknown = '#86b300';
  private readonly noteListeners = new Set<NoteListener>();
  private readonly deleteListeners = new Set<NoteListener>();

  constructor() {
    this.seed();
  }

  private seed(): void {
    const now = Date.now();
    const created = now - 30 * 24 * 3600_000;
    SEED_USERS.forEach((u, i) => {
      const user = this.addUser(u.username, { name: u.name, isAdmin: u.isAdmin, description: u.description }, created + i * 1000);
      this.addToken(SEED_TOKENS[u.username]!, user.id, null);
    });
    const alice = this.userByName('alice')!;
    const bob = this.userByName('bob')!;
    const admin = this.userByName('admin')!;
    this.follows.get(alice.id)!.add(bob.id);
    const authors = [alice, bob, admin];
    // 30 notes, one every 17 minutes, the newest ~10 minutes ago.
    for (let i = 0; i < 30; i++) {
      const t = now - 10 * 60_000 - (29 - i) * 17 * 60_000;
      const author = authors[i % 3]!;
      const text = `${SEED_TEXTS[i % SEED_TEXTS.length]} (${author.username}, ${i + 1})`;
      this.insertNote(this.makeNote(author.id, { text }, t));
    }
  }

  addUser(
    username: string,
    p: { name?: string | null; isAdmin?: boolean; description?: string | null; host?: string | null; isLocked?: boolean } = {},
    time = Date.now(),
  ): UserRec {
    const id = genId(time);
    const user: UserRec = {
      id,
      username,
      host: p.host ?? null,
      name: p.name ?? null,
      createdAt: new Date(time).toISOString(),
      isAdmin: p.isAdmin ?? false,
      description: p.description ?? null,
      isLocked: p.isLocked ?? false,
    };
    this.users.set(id, user);
    this.follows.set(id, new Set());
    return user;
  }

  addToken(token: string, userId: string, permissions: string[] | null): TokenRec {
    const rec: TokenRec = { token, id: genId(), userId, permissions, revoked: false };
    this.tokens.set(token, rec);
    return rec;
  }

  userByName(username: string, host: string | null = null): UserRec | undefined {
    for (const u of this.users.values()) if (u.username === username && u.host === host) return u;
    return undefined;
  }

  following(userId: string): Set<string> {
    return this.follows.get(userId) ?? new Set();
  }

  isFollowing(followerId: string, followeeId: string): boolean {
    return this.following(followerId).has(followeeId);
  }

  followersCount(userId: string): number {
    let n = 0;
    for (const set of this.follows.values()) if (set.has(userId)) n++;
    return n;
  }

  noteById(id: string): NoteRec | undefined {
    return this.byId.get(id);
  }

  countWhere(pred: (n: NoteRec) => boolean): number {
    let c = 0;
    for (const n of this.notes) if (pred(n)) c++;
    return c;
  }

  makeNote(userId: string, p: NewNote, time = Date.now()): NoteRec {
    const text = p.text ?? null;
    const mentions: string[] = [];
    for (const m of (text ?? '').matchAll(/@([A-Za-z0-9_]+)(?!@)/g)) {
      const u = this.userByName(m[1]!);
      if (u && !mentions.includes(u.id)) mentions.push(u.id);
    }
    // Misskey adds the replied-to user to `mentions` (not when replying to yourself).
    const reply = p.replyId ? this.noteById(p.replyId) : undefined;
    if (reply && reply.userId !== userId && !mentions.includes(reply.userId)) mentions.push(reply.userId);
    const visibility = p.visibility ?? 'public';
    const visibleUserIds = [...(p.visibleUserIds ?? [])];
    if (visibility === 'specified') {
      for (const m of mentions) if (!visibleUserIds.includes(m)) visibleUserIds.push(m);
      for (const v of visibleUserIds) if (!mentions.includes(v) && v !== userId) mentions.push(v);
    }
    return {
      id: genId(time),
      createdAt: new Date(time).toISOString(),
      userId,
      text,
      cw: p.cw ?? null,
      visibility,
      localOnly: p.localOnly ?? false,
      replyId: p.replyId ?? null,
      renoteId: p.renoteId ?? null,
      tags: hashtags(text),
      mentions,
      visibleUserIds: visibility === 'specified' ? visibleUserIds : [],
      fileIds: p.fileIds ?? [],
      channelId: p.channelId ?? null,
      poll: p.poll ?? null,
      reactions: new Map(),
      uri: p.uri ?? null,
      url: p.url ?? null,
    };
  }

  /** Adds a note at its place in time order (seeding and imports); no listeners are called. */
  insertNote(note: NoteRec): void {
    let i = this.notes.length;
    while (i > 0 && this.notes[i - 1]!.id > note.id) i--;
    this.notes.splice(i, 0, note);
    this.byId.set(note.id, note);
  }

  createNote(userId: string, p: NewNote): NoteRec {
    const note = this.makeNote(userId, p);
    this.insertNote(note);
    for (const l of this.noteListeners) l(note);
    return note;
  }

  deleteNote(id: string): void {
    const note = this.noteById(id);
    if (!note) return;
    this.notes = this.notes.filter((n) => n.id !== id);
    this.byId.delete(id);
    for (const l of this.deleteListeners) l(note);
  }

  onNote(l: NoteListener): () => void {
    this.noteListeners.add(l);
    return () => this.noteListeners.delete(l);
  }

  onNoteDeleted(l: NoteListener): () => void {
    this.deleteListeners.add(l);
    return () => this.deleteListeners.delete(l);
  }

  /** The token's record if it is known and not revoked. */
  validToken(token: string): TokenRec | undefined {
    const rec = this.tokens.get(token);
    return rec && !rec.revoked ? rec : undefined;
  }

  issueToken(userId: string, permissions: string[]): string {
    const token = randomBytes(24).toString('base64url').replace(/[-_]/g, 'x').slice(0, 32);
    this.addToken(token, userId, permissions);
    return token;
  }

  revokeToken(token: string): number {
    const rec = this.tokens.get(token);
    if (!rec || rec.revoked) return 0;
    rec.revoked = true;
    return 1;
  }

  revokeTokensOf(username: string): number {
    const user = this.userByName(username);
    if (!user) return 0;
    let n = 0;
    for (const rec of this.tokens.values()) {
      if (rec.userId === user.id && !rec.revoked) {
        rec.revoked = true;
        n++;
      }
    }
    return n;
  }
}
