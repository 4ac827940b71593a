import type { entities } from 'misskey-js';
import { Drive } from './drive';
import { Social } from './social';
import type { NoteRec, State, UserRec } from './state';
import { canSee } from './visibility';

export interface NotePackOptions {
  /** Who is looking: drives myReaction, poll.isVoted and hiding of invisible notes. */
  viewerId?: string | null;
  /** createdNote carries explicit `reply: null`/`renote: null`. */
  withNulls?: boolean;
  /** Streaming packs carry Misskey's internal `reactionAndUserPairCache`. */
  forStream?: boolean;
  /** false for an embedded reply (no clippedCount/reply/renote/poll/myReaction). */
  detail?: boolean;
  /**
   * The note as it is, whoever looks. Timeline streams pack this way once for everyone and deliver
   * only to those who may see the note (feeds.ts), who get it in full, as from Misskey.
   */
  skipHide?: boolean;
  /** Nesting level; embedding stops at 2. */
  depth?: number;
}

/** Shapes follow the recordings (notes/*.json, auth/i-*.json, auth/miauth-04). */
export class Packer {
  /** Per-user extras of MeDetailed owned by other stores (unread notification counts, achievements). */
  meExtras: (userId: string) => Partial<entities.MeDetailed> = () => ({});
  /** A user's chat scope (kept by the chat store; Misskey's default is "mutual"). */
  chatScopeOf: (userId: string) => entities.UserDetailedNotMe['chatScope'] = () => 'mutual';

  constructor(
    private readonly state: State,
    private readonly baseUrl: () => string,
    readonly social: Social = new Social(),
    readonly drive: Drive = new Drive(baseUrl),
  ) {}

  avatarUrl(u: UserRec): string {
    return `${this.baseUrl()}/files/avatar-${u.username}.png`;
  }

  userLite(u: UserRec): entities.UserLite {
    return {
      id: u.id,
      name: u.name,
      username: u.username,
      host: u.host,
      avatarUrl: this.avatarUrl(u),
      avatarBlurhash: null,
      avatarDecorations: [],
      isBot: false,
      isCat: false,
      emojis: {},
      onlineStatus: 'unknown',
      badgeRoles: this.social
        .rolesOf(u.id)
        .filter((r) => r.asBadge)
        .map((r) => ({ name: r.name, iconUrl: null, displayOrder: r.displayOrder })),
    };
  }

  /** Relation fields a logged-in viewer sees on another user (users/show, follow events). */
  relation(viewerId: string, u: UserRec) {
    return {
      isFollowing: this.state.isFollowing(viewerId, u.id),
      isFollowed: this.state.isFollowing(u.id, viewerId),
      hasPendingFollowRequestFromYou: this.state.followRequests.get(u.id)?.has(viewerId) ?? false,
      hasPendingFollowRequestToYou: this.state.followRequests.get(viewerId)?.has(u.id) ?? false,
      isBlocking: this.state.mutes.isBlocking(viewerId, u.id),
      isBlocked: this.state.mutes.isBlocking(u.id, viewerId),
      isMuted: this.state.mutes.isMuting(viewerId, u.id),
      isRenoteMuted: this.state.mutes.of('renoteMute', viewerId).has(u.id),
      notify: 'none' as const,
      withReplies: false,
    };
  }

  /** UserDetailed as `viewerId` sees it: MeDetailed for themselves, relation fields for others. */
  userFor(u: UserRec, viewerId: string | null): entities.UserDetailed {
    if (viewerId === u.id) return this.meDetailed(u);
    const base = this.userDetailedNotMe(u);
    return viewerId ? { ...base, ...this.relation(viewerId, u) } : base;
  }

  userDetailedNotMe(u: UserRec): entities.UserDetailedNotMe {
    return {
      ...this.userLite(u),
      url: null,
      uri: null,
      movedTo: null,
      alsoKnownAs: null,
      createdAt: u.createdAt,
      updatedAt: null,
      lastFetchedAt: null,
      bannerUrl: null,
      bannerBlurhash: null,
      isLocked: u.isLocked,
      isSilenced: false,
      isSuspended: false,
      description: u.description,
      location: null,
      birthday: null,
      lang: null,
      fields: [],
      verifiedLinks: [],
      followersCount: this.state.followersCount(u.id),
      followingCount: this.state.following(u.id).size,
      notesCount: this.state.countWhere((n) => n.userId === u.id),
      pinnedNoteIds: [],
      pinnedNotes: [],
      pinnedPageId: null,
      pinnedPage: null,
      publicReactions: true,
      followersVisibility: 'public',
      followingVisibility: 'public',
      chatScope: this.chatScopeOf(u.id),
      canChat: true,
      roles: this.social
        .rolesOf(u.id)
        .filter((r) => r.isPublic)
        .map((r) => ({
          id: r.id,
          name: r.name,
          color: r.color,
          iconUrl: null,
          description: r.description,
          isModerator: false,
          isAdministrator: false,
          displayOrder: r.displayOrder,
        })),
      memo: null,
    };
  }

  meDetailed(u: UserRec): entities.MeDetailed {
    const me: entities.MeDetailed = {
      ...this.userDetailedNotMe(u),
      onlineStatus: 'online',
      twoFactorEnabled: false,
      usePasswordLessLogin: false,
      securityKeys: false,
      avatarId: null,
      bannerId: null,
      followedMessage: null,
      isModerator: u.isAdmin,
      isAdmin: u.isAdmin,
      injectFeaturedNote: true,
      receiveAnnouncementEmail: true,
      alwaysMarkNsfw: false,
      autoSensitive: false,
      carefulBot: false,
      autoAcceptFollowed: true,
      noCrawle: false,
      preventAiLearning: true,
      isExplorable: true,
      isDeleted: false,
      twoFactorBackupCodesStock: 'none',
      hideOnlineStatus: false,
      hasUnreadSpecifiedNotes: false,
      hasUnreadMentions: false,
      hasUnreadChatMessages: false,
      hasUnreadAnnouncement: false,
      unreadAnnouncements: [],
      hasUnreadAntenna: false,
      hasUnreadChannel: false,
      hasUnreadNotification: false,
      hasPendingReceivedFollowRequest: (this.state.followRequests.get(u.id)?.size ?? 0) > 0,
      unreadNotificationsCount: 0,
      // misskey-js types these as string[][]; the server stores `/regex/` entries as strings.
      ...(this.state.mutes.wordsOf(u.id) as unknown as Pick<entities.MeDetailed, 'mutedWords' | 'hardMutedWords' | 'mutedInstances'>),
      notificationRecieveConfig: {},
      emailNotificationTypes: ['follow', 'receiveFollowRequest'],
      achievements: [],
      loggedInDays: 1,
      policies: this.policiesOf(u.id),
      email: null,
      emailVerified: false,
      securityKeysList: [],
    };
    Object.assign(me, this.meExtras(u.id));
    // Sent by the recorded 2026.5.4 server but missing from misskey-js's types.
    return Object.assign(me, { mutingNotificationTypes: [] });
  }

  /** Role policies of a user: defaults, overridden by roles, overridden by the control API. */
  policiesOf(userId: string): entities.RolePolicies {
    const p: Record<string, unknown> = { ...POLICIES };
    for (const r of this.social.rolesOf(userId)) Object.assign(p, r.policies);
    const search = this.social.searchOverride.get(userId);
    if (search !== undefined) p.canSearchNotes = search;
    return p as unknown as entities.RolePolicies;
  }

  /**
   * As Misskey packs it (key order included): `reply` is embedded without detail, `renote` with detail;
   * invisible notes come back with `isHidden: true` and text/cw/files/poll removed.
   */
  note(n: NoteRec, opts: NotePackOptions = {}): entities.Note {
    const depth = opts.depth ?? 0;
    const detail = opts.detail ?? true;
    const viewerId = opts.viewerId ?? null;
    const user = this.state.users.get(n.userId)!;
    const counts = new Map<string, number>();
    for (const r of n.reactions.values()) counts.set(r.reaction, (counts.get(r.reaction) ?? 0) + 1);
    const packed: Record<string, unknown> = {
      id: n.id,
      createdAt: n.createdAt,
      userId: n.userId,
      user: this.userLite(user),
      text: n.text,
      cw: n.cw,
      visibility: n.visibility,
      localOnly: n.localOnly,
      reactionAcceptance: null,
    };
    if (n.visibility === 'specified') packed.visibleUserIds = n.visibleUserIds;
    Object.assign(packed, {
      renoteCount: this.state.countWhere((x) => x.renoteId === n.id),
      repliesCount: this.state.countWhere((x) => x.replyId === n.id),
      reactionCount: n.reactions.size,
      reactions: Object.fromEntries(counts),
      reactionEmojis: {},
    });
    if (opts.forStream) packed.reactionAndUserPairCache = [...n.reactions].map(([uid, r]) => `${uid}/${r.reaction}`);
    if (n.tags.length > 0) packed.tags = n.tags;
    const files = n.fileIds.flatMap((id) => {
      const f = this.drive.files.get(id);
      return f ? [this.drive.pack(f)] : [];
    });
    Object.assign(packed, { fileIds: files.map((f) => f.id), files, replyId: n.replyId, renoteId: n.renoteId });
    const channel = n.channelId ? this.social.channels.get(n.channelId) : undefined;
    if (channel) {
      packed.channelId = channel.id;
      packed.channel = {
        id: channel.id,
        name: channel.name,
        color: channel.color,
        isSensitive: channel.isSensitive,
        allowRenoteToExternal: channel.allowRenoteToExternal,
        userId: channel.userId,
      };
    }
    if (n.mentions.length > 0) packed.mentions = n.mentions;
    if (n.poll) packed.hasPoll = true;
    if (n.uri) packed.uri = n.uri;
    if (n.url) packed.url = n.url;
    if (detail) {
      packed.clippedCount = 0;
      const reply = n.replyId ? this.state.noteById(n.replyId) : undefined;
      const renote = n.renoteId ? this.state.noteById(n.renoteId) : undefined;
      const inner = { viewerId, forStream: opts.forStream, depth: depth + 1 };
      if (reply && depth < 2) packed.reply = this.note(reply, { ...inner, detail: false });
      else if (opts.withNulls) packed.reply = null;
      if (renote && depth < 2) packed.renote = this.note(renote, { ...inner, detail: true });
      else if (opts.withNulls) packed.renote = null;
      if (n.poll) packed.poll = this.poll(n, viewerId);
      const mine = viewerId ? n.reactions.get(viewerId) : undefined;
      if (mine) packed.myReaction = mine.reaction;
    }
    if (!opts.skipHide && !canSee(this.state, viewerId, n)) {
      delete packed.visibleUserIds;
      delete packed.poll;
      Object.assign(packed, { fileIds: [], files: [], text: null, cw: null, isHidden: true });
    }
    return packed as unknown as entities.Note;
  }

  poll(n: NoteRec, viewerId: string | null): NonNullable<entities.Note['poll']> {
    const p = n.poll!;
    const mine = viewerId ? p.votes.get(viewerId) : undefined;
    return {
      multiple: p.multiple,
      expiresAt: p.expiresAt,
      choices: p.choices.map((text, i) => {
        let votes = 0;
        for (const v of p.votes.values()) if (v.has(i)) votes++;
        return { text, votes, isVoted: mine?.has(i) ?? false };
      }),
    };
  }
}

export const POLICIES: entities.RolePolicies = {
  gtlAvailable: true,
  ltlAvailable: true,
  canPublicNote: true,
  mentionLimit: 20,
  canInvite: false,
  inviteLimit: 0,
  inviteLimitCycle: 10080,
  inviteExpirationTime: 0,
  canManageCustomEmojis: false,
  canManageAvatarDecorations: false,
  canSearchNotes: false,
  canSearchUsers: true,
  canUseTranslator: true,
  canHideAds: false,
  canCreateChannel: true,
  driveCapacityMb: 100,
  maxFileSizeMb: 30,
  alwaysMarkNsfw: false,
  canUpdateBioMedia: true,
  pinLimit: 5,
  antennaLimit: 5,
  wordMuteLimit: 200,
  webhookLimit: 3,
  clipLimit: 10,
  noteEachClipsLimit: 200,
  userListLimit: 10,
  userEachUserListsLimit: 50,
  rateLimitFactor: 1,
  avatarDecorationLimit: 1,
  canImportAntennas: false,
  canImportBlocking: false,
  canImportFollowing: false,
  canImportMuting: false,
  canImportUserLists: false,
  chatAvailability: 'available',
  uploadableFileTypes: ['text/*', 'application/json', 'image/*', 'video/*', 'audio/*'],
  noteDraftLimit: 10,
  scheduledNoteLimit: 1,
  watermarkAvailable: true,
};
