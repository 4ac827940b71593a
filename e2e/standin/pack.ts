import type { entities } from 'misskey-js';
import type { NoteRec, State, UserRec } from './state';

/** Shapes follow the recordings (notes/*.json, auth/i-*.json, auth/miauth-04). */
export class Packer {
  constructor(
    private readonly state: State,
    private readonly baseUrl: () => string,
  ) {}

  avatarUrl(u: UserRec): string {
    return `${this.baseUrl()}/files/avatar-${u.username}.png`;
  }

  userLite(u: UserRec): entities.UserLite {
    return {
      id: u.id,
      name: u.name,
      username: u.username,
      host: null,
      avatarUrl: this.avatarUrl(u),
      avatarBlurhash: null,
      avatarDecorations: [],
      isBot: false,
      isCat: false,
      emojis: {},
      onlineStatus: 'unknown',
      badgeRoles: [],
    };
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
      isLocked: false,
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
      notesCount: this.state.notes.filter((n) => n.userId === u.id).length,
      pinnedNoteIds: [],
      pinnedNotes: [],
      pinnedPageId: null,
      pinnedPage: null,
      publicReactions: true,
      followersVisibility: 'public',
      followingVisibility: 'public',
      chatScope: 'mutual',
      canChat: true,
      roles: [],
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
      hasPendingReceivedFollowRequest: false,
      unreadNotificationsCount: 0,
      mutedWords: [],
      hardMutedWords: [],
      mutedInstances: [],
      notificationRecieveConfig: {},
      emailNotificationTypes: ['follow', 'receiveFollowRequest'],
      achievements: [],
      loggedInDays: 1,
      policies: POLICIES,
      email: null,
      emailVerified: false,
      securityKeysList: [],
    };
    // Sent by the recorded 2026.5.4 server but missing from misskey-js's types.
    return Object.assign(me, { mutingNotificationTypes: [] });
  }

  /**
   * As Misskey packs it: `reply`/`renote` are embedded (one level, without their own reply/renote)
   * when set; createdNote carries explicit nulls (`withNulls`).
   */
  note(n: NoteRec, opts: { depth?: number; withNulls?: boolean } = {}): entities.Note {
    const depth = opts.depth ?? 0;
    const user = this.state.users.get(n.userId)!;
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
      renoteCount: this.state.notes.filter((x) => x.renoteId === n.id).length,
      repliesCount: this.state.notes.filter((x) => x.replyId === n.id).length,
      reactionCount: 0,
      reactions: {},
      reactionEmojis: {},
    };
    if (n.tags.length > 0) packed.tags = n.tags;
    Object.assign(packed, { fileIds: [], files: [], replyId: n.replyId, renoteId: n.renoteId });
    if (n.mentions.length > 0) packed.mentions = n.mentions;
    packed.clippedCount = 0;
    if (depth === 0) {
      const reply = n.replyId ? this.state.noteById(n.replyId) : undefined;
      const renote = n.renoteId ? this.state.noteById(n.renoteId) : undefined;
      if (reply) packed.reply = this.note(reply, { depth: 1 });
      else if (opts.withNulls) packed.reply = null;
      if (renote) packed.renote = this.note(renote, { depth: 1 });
      else if (opts.withNulls) packed.renote = null;
    }
    return packed as unknown as entities.Note;
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
