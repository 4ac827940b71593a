import { genId } from './ids';

// User lists, antennas, channels and roles: the sources of the non-home timelines.

export interface ListRec {
  id: string;
  createdAt: string;
  userId: string;
  name: string;
  userIds: string[];
  isPublic: boolean;
}

export interface AntennaRec {
  id: string;
  createdAt: string;
  userId: string;
  name: string;
  src: 'home' | 'all' | 'users' | 'list' | 'users_blacklist';
  userListId: string | null;
  users: string[];
  keywords: string[][];
  excludeKeywords: string[][];
  caseSensitive: boolean;
  localOnly: boolean;
  excludeBots: boolean;
  withReplies: boolean;
  withFile: boolean;
  excludeNotesInSensitiveChannel: boolean;
  notify: boolean;
}

export interface ChannelRec {
  id: string;
  createdAt: string;
  userId: string;
  name: string;
  description: string | null;
  color: string;
  isSensitive: boolean;
  allowRenoteToExternal: boolean;
  followers: Set<string>;
  lastNotedAt: string | null;
}

export interface RoleRec {
  id: string;
  createdAt: string;
  name: string;
  description: string;
  color: string | null;
  isPublic: boolean;
  isExplorable: boolean;
  asBadge: boolean;
  displayOrder: number;
  /** Policy overrides granted to members, e.g. canSearchNotes. */
  policies: Record<string, unknown>;
  members: Set<string>;
}

export class Social {
  readonly lists = new Map<string, ListRec>();
  readonly antennas = new Map<string, AntennaRec>();
  readonly channels = new Map<string, ChannelRec>();
  readonly roles = new Map<string, RoleRec>();
  /** userId → canSearchNotes forced by the control API (setSearchAllowed). */
  readonly searchOverride = new Map<string, boolean>();

  createList(userId: string, name: string, time = Date.now()): ListRec {
    const l: ListRec = { id: genId(time), createdAt: new Date(time).toISOString(), userId, name, userIds: [], isPublic: false };
    this.lists.set(l.id, l);
    return l;
  }

  createAntenna(userId: string, p: Partial<AntennaRec> & { name: string }, time = Date.now()): AntennaRec {
    const a: AntennaRec = {
      id: genId(time),
      createdAt: new Date(time).toISOString(),
      userId,
      src: 'all',
      userListId: null,
      users: [],
      keywords: [],
      excludeKeywords: [],
      caseSensitive: false,
      localOnly: false,
      excludeBots: false,
      withReplies: false,
      withFile: false,
      excludeNotesInSensitiveChannel: false,
      notify: false,
      ...p,
    };
    this.antennas.set(a.id, a);
    return a;
  }

  createChannel(userId: string, p: { name: string; description?: string | null; color?: string }, time = Date.now()): ChannelRec {
    const c: ChannelRec = {
      id: genId(time),
      createdAt: new Date(time).toISOString(),
      userId,
      name: p.name,
      description: p.description ?? null,
      color: p.color ?? '#86b300',
      isSensitive: false,
      allowRenoteToExternal: true,
      followers: new Set(),
      lastNotedAt: null,
    };
    this.channels.set(c.id, c);
    return c;
  }

  createRole(p: Partial<RoleRec> & { name: string }, time = Date.now()): RoleRec {
    const r: RoleRec = {
      id: genId(time),
      createdAt: new Date(time).toISOString(),
      description: '',
      color: null,
      isPublic: true,
      isExplorable: true,
      asBadge: true,
      displayOrder: 0,
      policies: {},
      members: new Set(),
      ...p,
    };
    this.roles.set(r.id, r);
    return r;
  }

  rolesOf(userId: string): RoleRec[] {
    return [...this.roles.values()].filter((r) => r.members.has(userId));
  }

  followedChannels(userId: string): Set<string> {
    const s = new Set<string>();
    for (const c of this.channels.values()) if (c.followers.has(userId)) s.add(c.id);
    return s;
  }
}
