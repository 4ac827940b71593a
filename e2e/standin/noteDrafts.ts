import type { entities } from 'misskey-js';
import { ApiError } from './errors';
import { genId } from './ids';
import { checkNoteRefs, createNote } from './noteActions';
import type { Visibility } from './state';
import type { World } from './world';

// Server-side drafts and scheduled notes (drafts/*.json): a scheduled note is a draft with
// isActuallyScheduled; at scheduledAt the stand-in posts it as an ordinary note, as Misskey's queue does.

export type ReactionAcceptance = null | 'likeOnly' | 'likeOnlyForRemote' | 'nonSensitiveOnly' | 'nonSensitiveOnlyForLocalLikeOnlyForRemote';

export interface DraftPoll {
  choices: string[];
  multiple: boolean;
  expiresAt?: number | null;
  expiredAfter?: number | null;
}

export interface NoteDraftRec {
  id: string;
  createdAt: string;
  userId: string;
  text: string | null;
  cw: string | null;
  visibility: Visibility;
  localOnly: boolean;
  reactionAcceptance: ReactionAcceptance;
  visibleUserIds: string[];
  hashtag: string | null;
  fileIds: string[];
  replyId: string | null;
  renoteId: string | null;
  channelId: string | null;
  poll: DraftPoll | null;
  scheduledAt: number | null;
  isActuallyScheduled: boolean;
}

export type DraftFields = Omit<NoteDraftRec, 'id' | 'createdAt' | 'userId'>;

export const DRAFT_DEFAULTS: DraftFields = {
  text: null,
  cw: null,
  visibility: 'public',
  localOnly: false,
  reactionAcceptance: null,
  visibleUserIds: [],
  hashtag: null,
  fileIds: [],
  replyId: null,
  renoteId: null,
  channelId: null,
  poll: null,
  scheduledAt: null,
  isActuallyScheduled: false,
};

export const DRAFT_ERRORS = {
  NO_SUCH_NOTE_DRAFT: { message: 'No such note draft.', code: 'NO_SUCH_NOTE_DRAFT', id: '49cd6b9d-848e-41ee-b0b9-adaca711a6b1', kind: 'client', status: 400 },
  TOO_MANY_DRAFTS: { message: 'You cannot create drafts any more.', code: 'TOO_MANY_DRAFTS', id: '9ee33bbe-fde3-4c71-9b51-e50492c6b9c8', kind: 'client', status: 400 },
  TOO_MANY_SCHEDULED_NOTES_CREATE: { message: 'You cannot create scheduled notes any more.', code: 'TOO_MANY_SCHEDULED_NOTES', id: '22ae69eb-09e3-4541-a850-773cfa45e693', kind: 'client', status: 400 },
  TOO_MANY_SCHEDULED_NOTES_UPDATE: { message: 'You cannot create scheduled notes any more.', code: 'TOO_MANY_SCHEDULED_NOTES', id: '02f5df79-08ae-4a33-8524-f1503c8f6212', kind: 'client', status: 400 },
  SCHEDULED_AT_REQUIRED_CREATE: { message: 'scheduledAt is required when isActuallyScheduled is true.', code: 'SCHEDULED_AT_REQUIRED', id: '15e28a55-e74c-4d65-89b7-8880cdaaa87d', kind: 'client', status: 400 },
  SCHEDULED_AT_REQUIRED_UPDATE: { message: 'scheduledAt is required when isActuallyScheduled is true.', code: 'SCHEDULED_AT_REQUIRED', id: 'fe9737d5-cc41-498c-af9d-149207307530', kind: 'client', status: 400 },
  SCHEDULED_AT_MUST_BE_IN_FUTURE_CREATE: { message: 'scheduledAt must be in the future.', code: 'SCHEDULED_AT_MUST_BE_IN_FUTURE', id: 'e4bed6c9-017e-4934-aed0-01c22cc60ec1', kind: 'client', status: 400 },
  SCHEDULED_AT_MUST_BE_IN_FUTURE_UPDATE: { message: 'scheduledAt must be in the future.', code: 'SCHEDULED_AT_MUST_BE_IN_FUTURE', id: 'ed1a6673-d0d1-4364-aaae-9bf3f139cbc5', kind: 'client', status: 400 },
} as const;

export class NoteDrafts {
  /** Ascending by id. */
  readonly all: NoteDraftRec[] = [];
  /** Drafts whose post failed stay (recorded), but are not tried again until they are changed. */
  private readonly failed = new Set<string>();

  constructor(private readonly w: World) {
    w.clock.onAdvance(() => this.postDue());
  }

  of(userId: string, scheduled?: boolean | null): NoteDraftRec[] {
    return this.all.filter((d) => d.userId === userId && (scheduled == null || d.isActuallyScheduled === scheduled));
  }

  mine(userId: string, draftId: string): NoteDraftRec {
    const draft = this.all.find((d) => d.id === draftId && d.userId === userId);
    if (!draft) throw new ApiError(DRAFT_ERRORS.NO_SUCH_NOTE_DRAFT);
    return draft;
  }

  create(userId: string, fields: DraftFields): NoteDraftRec {
    const policies = this.w.packer.policiesOf(userId);
    if (this.of(userId).length >= policies.noteDraftLimit) throw new ApiError(DRAFT_ERRORS.TOO_MANY_DRAFTS);
    if (fields.isActuallyScheduled) {
      this.checkSchedule(fields, 'CREATE');
      if (this.of(userId, true).length >= policies.scheduledNoteLimit) throw new ApiError(DRAFT_ERRORS.TOO_MANY_SCHEDULED_NOTES_CREATE);
    }
    this.checkRefs(fields);
    const draft: NoteDraftRec = { id: genId(), createdAt: new Date().toISOString(), userId, ...fields };
    this.all.push(draft);
    this.arm(draft);
    return draft;
  }

  update(userId: string, draftId: string, patch: Partial<DraftFields>): NoteDraftRec {
    const draft = this.mine(userId, draftId);
    const next = { ...draft, ...patch };
    if (next.isActuallyScheduled) {
      this.checkSchedule(next, 'UPDATE');
      const limit = this.w.packer.policiesOf(userId).scheduledNoteLimit;
      if (!draft.isActuallyScheduled && this.of(userId, true).length >= limit) throw new ApiError(DRAFT_ERRORS.TOO_MANY_SCHEDULED_NOTES_UPDATE);
    }
    this.checkRefs(next);
    Object.assign(draft, patch);
    this.failed.delete(draft.id);
    this.arm(draft);
    return draft;
  }

  delete(userId: string, draftId: string): void {
    const draft = this.mine(userId, draftId);
    this.all.splice(this.all.indexOf(draft), 1);
  }

  pack(d: NoteDraftRec, viewerId: string): entities.NoteDraft {
    const packer = this.w.packer;
    const files = d.fileIds.flatMap((id) => {
      const f = this.w.drive.files.get(id);
      return f ? [this.w.drive.pack(f)] : [];
    });
    const packed: Record<string, unknown> = {
      id: d.id,
      createdAt: d.createdAt,
      scheduledAt: d.scheduledAt,
      isActuallyScheduled: d.isActuallyScheduled,
      userId: d.userId,
      user: packer.userLite(this.w.state.users.get(d.userId)!),
      text: d.text,
      cw: d.cw,
      visibility: d.visibility,
      localOnly: d.localOnly,
      reactionAcceptance: d.reactionAcceptance,
      visibleUserIds: d.visibleUserIds,
      hashtag: d.hashtag,
      fileIds: d.fileIds,
      files,
      replyId: d.replyId,
      renoteId: d.renoteId,
      channelId: d.channelId,
      poll: d.poll,
    };
    if (d.replyId) {
      const reply = this.w.state.noteById(d.replyId);
      packed.reply = reply ? packer.note(reply, { viewerId }) : null;
    }
    if (d.renoteId) {
      const renote = this.w.state.noteById(d.renoteId);
      packed.renote = renote ? packer.note(renote, { viewerId }) : null;
    }
    return packed as unknown as entities.NoteDraft;
  }

  private checkSchedule(fields: Pick<DraftFields, 'scheduledAt'>, op: 'CREATE' | 'UPDATE'): void {
    if (fields.scheduledAt == null) throw new ApiError(DRAFT_ERRORS[`SCHEDULED_AT_REQUIRED_${op}`]);
    if (fields.scheduledAt <= this.w.clock.now()) throw new ApiError(DRAFT_ERRORS[`SCHEDULED_AT_MUST_BE_IN_FUTURE_${op}`]);
  }

  private checkRefs(fields: DraftFields): void {
    checkNoteRefs(this.w, { replyId: fields.replyId, renoteId: fields.renoteId, channelId: fields.channelId, fileIds: fields.fileIds });
  }

  /** A real-time timer too, so a scheduled note also posts when nobody advances the clock. */
  private arm(draft: NoteDraftRec): void {
    if (!draft.isActuallyScheduled || draft.scheduledAt === null) return;
    const at = draft.scheduledAt;
    this.w.later(at - this.w.clock.now(), () => {
      if (draft.scheduledAt === at) this.postDue();
    });
  }

  /** Posts every scheduled draft whose time has come, oldest time first. */
  postDue(): void {
    const now = this.w.clock.now();
    const due = this.all
      .filter((d) => d.isActuallyScheduled && d.scheduledAt !== null && d.scheduledAt <= now && !this.failed.has(d.id))
      .sort((a, b) => a.scheduledAt! - b.scheduledAt!);
    for (const draft of due) this.post(draft);
  }

  private post(draft: NoteDraftRec): void {
    const user = this.w.state.users.get(draft.userId);
    if (!user) return;
    try {
      const note = createNote(this.w, user, {
        text: draft.text,
        cw: draft.cw,
        visibility: draft.visibility,
        visibleUserIds: draft.visibleUserIds,
        localOnly: draft.localOnly,
        replyId: draft.replyId,
        renoteId: draft.renoteId,
        channelId: draft.channelId,
        fileIds: draft.fileIds,
        poll: draft.poll
          ? {
              choices: draft.poll.choices,
              multiple: draft.poll.multiple,
              expiresAt: pollExpiry(draft.poll),
              votes: new Map(),
            }
          : null,
      });
      this.all.splice(this.all.indexOf(draft), 1);
      // Misskey's notification follows the note event by ~110 ms.
      this.w.later(110, () => this.w.notifications.create(user.id, 'scheduledNotePosted', { noteId: note.id }));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      this.failed.add(draft.id);
      this.w.notifications.create(user.id, 'scheduledNotePostFailed');
    }
  }
}

function pollExpiry(poll: DraftPoll): string | null {
  if (poll.expiresAt != null) return new Date(poll.expiresAt).toISOString();
  if (poll.expiredAfter != null) return new Date(Date.now() + poll.expiredAfter).toISOString();
  return null;
}
