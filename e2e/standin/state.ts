import { randomBytes } from 'node:crypto';
import { genId } from './ids';

export type Visibility = 'public' | 'home' | 'followers' | 'specified';

export interface UserRec {
  id: string;
  username: string;
  name: string | null;
  createdAt: string;
  isAdmin: boolean;
  description: string | null;
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
}

export interface TokenRec {
  token: string;
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

export class State {
  readonly users = new Map<string, UserRec>();
  /** Ascending by id (== by time). */
  notes: NoteRec[] = [];
  readonly follows = new Map<string, Set<string>>();
  readonly tokens = new Map<string, TokenRec>();
  readonly sessions = new Map<string, MiAuthSession>();
  miauthUsername = 'alice';
  private readonly noteListeners = new Set<NoteListener>();
  private readonly deleteListeners = new Set<NoteListener>();

  constructor() {
    this.seed();
  }

  private seed(): void {
    const now = Date.now();
    const created = now - 30 * 24 * 3600_000;
    SEED_USERS.forEach((u, i) => {
      const id = genId(created + i * 1000);
      this.users.set(id, { id, createdAt: new Date(created + i * 1000).toISOString(), ...u });
      this.follows.set(id, new Set());
      this.tokens.set(SEED_TOKENS[u.username]!, { token: SEED_TOKENS[u.username]!, userId: id, permissions: null, revoked: false });
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
      this.notes.push(this.makeNote(author.id, { text }, t));
    }
  }

  userByName(username: string): UserRec | undefined {
    for (const u of this.users.values()) if (u.username === username) return u;
    return undefined;
  }

  following(userId: string): Set<string> {
    return this.follows.get(userId) ?? new Set();
  }

  followersCount(userId: string): number {
    let n = 0;
    for (const set of this.follows.values()) if (set.has(userId)) n++;
    return n;
  }

  noteById(id: string): NoteRec | undefined {
    return this.notes.find((n) => n.id === id);
  }

  private makeNote(userId: string, p: Partial<NoteRec>, time = Date.now()): NoteRec {
    const text = p.text ?? null;
    const mentions: string[] = [];
    for (const m of (text ?? '').matchAll(/@([A-Za-z0-9_]+)/g)) {
      const u = this.userByName(m[1]!);
      if (u && !mentions.includes(u.id)) mentions.push(u.id);
    }
    return {
      id: genId(time),
      createdAt: new Date(time).toISOString(),
      userId,
      text,
      cw: p.cw ?? null,
      visibility: p.visibility ?? 'public',
      localOnly: p.localOnly ?? false,
      replyId: p.replyId ?? null,
      renoteId: p.renoteId ?? null,
      tags: hashtags(text),
      mentions,
    };
  }

  createNote(userId: string, p: Partial<NoteRec>): NoteRec {
    const note = this.makeNote(userId, p);
    this.notes.push(note);
    for (const l of this.noteListeners) l(note);
    return note;
  }

  deleteNote(id: string): void {
    const note = this.noteById(id);
    if (!note) return;
    this.notes = this.notes.filter((n) => n.id !== id);
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
    this.tokens.set(token, { token, userId, permissions, revoked: false });
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
