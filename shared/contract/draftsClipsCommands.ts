import { z } from 'zod';
import type { ClipView, NoteDraftsStatus, ServerDraftView } from '../model/noteDrafts';
import type { Note } from '../model/note';
import { draftSlotKinds } from '../model/content';

const returns = <T>(): T => undefined as T;
const id = z.string().min(1).max(64);
const onAccount = { accountId: id };
const onDraft = { accountId: id, draftId: id };
const onClip = { accountId: id, clipId: id, noteId: id };

/** The note a scheduled draft posts: the same fields as `notes.create`. */
const scheduledNote = z
  .object({
    text: z.string().max(100_000).optional(),
    cw: z.string().max(10_000).optional(),
    visibility: z.enum(['public', 'home', 'followers', 'specified']).optional(),
    visibleUserIds: z.array(id).max(100).optional(),
    localOnly: z.boolean().optional(),
    replyId: id.optional(),
    renoteId: id.optional(),
    fileIds: z.array(id).max(16).optional(),
    poll: z.object({ choices: z.array(z.string().min(1).max(50)).min(2).max(10), multiple: z.boolean().optional(), expiredAfter: z.number().int().min(1).optional() }).strict().optional(),
  })
  .strict()
  .refine((note) => (note.text?.trim() ?? '') !== '' || note.renoteId !== undefined || (note.fileIds?.length ?? 0) > 0 || note.poll !== undefined, {
    message: 'A note needs text, files, a poll or a renote.',
  });

/** Server drafts, scheduled notes, clips. */
export const draftsClipsCommands = {
  /** Limits and use of the account's drafts and scheduled notes (from its role policies). */
  'noteDrafts.status': { input: z.object(onAccount).strict(), output: returns<NoteDraftsStatus>() },
  'noteDrafts.list': { input: z.object({ ...onAccount, scheduled: z.boolean() }).strict(), output: returns<ServerDraftView[]>() },
  /**
   * Schedule a note (`draftId`: change that scheduled note). Without `draftId`, the composer's own
   * draft (`slot`, or the new note) becomes the scheduled note when the server already keeps it.
   */
  'noteDrafts.schedule': {
    input: z
      .object({
        ...onAccount,
        draftId: id.optional(),
        slot: z.object({ kind: z.enum(draftSlotKinds), noteId: id }).strict().optional(),
        scheduledAt: z.number().int().positive(),
        note: scheduledNote,
      })
      .strict(),
    output: returns<ServerDraftView>(),
  },
  'noteDrafts.reschedule': { input: z.object({ ...onDraft, scheduledAt: z.number().int().positive() }).strict(), output: returns<ServerDraftView>() },
  /** Cancel a scheduled note or delete a server draft. */
  'noteDrafts.delete': { input: z.object(onDraft).strict(), output: returns<null>() },
  /** Post a scheduled note now (and remove it from the schedule). */
  'noteDrafts.postNow': { input: z.object(onDraft).strict(), output: returns<Note>() },
  /** Make a server draft the composer's draft (its new note, reply or quote), keeping what was there. */
  'noteDrafts.open': { input: z.object(onDraft).strict(), output: returns<ServerDraftView>() },
  'clips.list': { input: z.object(onAccount).strict(), output: returns<ClipView[]>() },
  'clips.create': {
    input: z.object({ ...onAccount, name: z.string().trim().min(1).max(100), isPublic: z.boolean().optional(), description: z.string().max(2048).optional() }).strict(),
    output: returns<ClipView>(),
  },
  'clips.addNote': { input: z.object(onClip).strict(), output: returns<null>() },
  'clips.removeNote': { input: z.object(onClip).strict(), output: returns<null>() },
} as const;
