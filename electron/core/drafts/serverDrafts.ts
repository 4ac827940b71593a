import { z } from 'zod';
import type { DraftRecipient, DraftView } from '../../../shared/model/content';
import type { Note } from '../../../shared/model/note';
import type { ServerDraftView } from '../../../shared/model/noteDrafts';
import { coreMessage } from '../../../shared/messages/coreMessage';
import { CommandFailure } from '../commands/commandFailure';
import { looksLikeNote } from '../deck/noteFeed';
import type { MisskeyClient } from '../misskey/misskeyClient';
import { createWording } from '../notes/createNote';
import { explained, type Wording } from '../server/misskeyErrors';
import { cleanChoices, type DraftContent } from './draftSync';

// notes/drafts/* (fixtures drafts/*.json): NoteDraft mirrors notes/create's parameters plus
// scheduledAt (epoch ms) and isActuallyScheduled.

export const draftWording: Wording = {
  ...createWording,
  NO_SUCH_NOTE_DRAFT: 'serverDraftGone',
  TOO_MANY_DRAFTS: 'tooManyDrafts',
  TOO_MANY_SCHEDULED_NOTES: 'tooManyScheduledNotes',
  SCHEDULED_AT_MUST_BE_IN_FUTURE: 'scheduledAtInPast',
  SCHEDULED_AT_REQUIRED: 'scheduledAtInPast',
};

const noteDraft = z.object({
  id: z.string().min(1),
  createdAt: z.string(),
  scheduledAt: z.number().nullable().optional(),
  isActuallyScheduled: z.boolean().optional(),
  text: z.string().nullable().optional(),
  cw: z.string().nullable().optional(),
  visibility: z.enum(['public', 'home', 'followers', 'specified']).catch('public'),
  localOnly: z.boolean().catch(false),
  replyId: z.string().nullable().optional(),
  renoteId: z.string().nullable().optional(),
  visibleUserIds: z.array(z.string()).catch([]),
  fileIds: z.array(z.string()).catch([]),
  poll: z.object({ choices: z.array(z.string()), multiple: z.boolean().optional() }).nullable().catch(null).optional(),
  reply: z.unknown().optional(),
  renote: z.unknown().optional(),
});

export function toDraftView(value: unknown): ServerDraftView | null {
  const parsed = noteDraft.safeParse(value);
  if (!parsed.success) return null;
  const d = parsed.data;
  return {
    id: d.id,
    createdAt: d.createdAt,
    scheduledAt: d.scheduledAt ?? null,
    isActuallyScheduled: d.isActuallyScheduled ?? false,
    text: d.text ?? null,
    cw: d.cw ?? null,
    visibility: d.visibility,
    localOnly: d.localOnly,
    replyId: d.replyId ?? null,
    renoteId: d.renoteId ?? null,
    visibleUserIds: d.visibleUserIds,
    fileIds: d.fileIds,
    pollChoices: d.poll ? d.poll.choices : null,
    pollMultiple: d.poll?.multiple ?? false,
    reply: looksLikeNote(d.reply) ? d.reply : null,
    renote: looksLikeNote(d.renote) ? d.renote : null,
  };
}

const answerDraft = (answer: unknown, key: 'createdDraft' | 'updatedDraft'): ServerDraftView => {
  const view = typeof answer === 'object' && answer !== null ? toDraftView((answer as Record<string, unknown>)[key]) : null;
  if (!view) throw new CommandFailure('MALFORMED_RESPONSE', coreMessage('serverDraftUnreadable'));
  return view;
};

export function serverContent(view: ServerDraftView): DraftContent {
  return {
    text: view.text ?? '',
    cw: view.cw,
    visibility: view.visibility,
    localOnly: view.localOnly,
    replyId: view.replyId,
    renoteId: view.renoteId,
    visibleUserIds: view.visibleUserIds,
    pollChoices: cleanChoices(view.pollChoices),
  };
}

/** The NoteDraft parameters for a local draft's content (the server refuses an empty cw and empty choices). */
export function draftParams(content: DraftContent): Record<string, unknown> {
  return {
    text: content.text,
    cw: content.cw || null,
    visibility: content.visibility,
    visibleUserIds: content.visibility === 'specified' ? content.visibleUserIds : [],
    localOnly: content.localOnly,
    replyId: content.replyId,
    renoteId: content.renoteId,
    poll: content.pollChoices && content.pollChoices.length > 0 ? { choices: content.pollChoices, multiple: false } : null,
  };
}

/** A server draft as the composer's local draft; recipients named from what is known, else asked of the server. */
export async function localFromServer(client: MisskeyClient, view: ServerDraftView, known: readonly DraftRecipient[]): Promise<Omit<DraftView, 'savedAt'>> {
  const recipients = view.visibility === 'specified' ? await recipientsFor(client, view.visibleUserIds, known) : [];
  return {
    text: view.text ?? '',
    cw: view.cw,
    visibility: view.visibility,
    localOnly: view.localOnly,
    replyId: view.replyId,
    renoteId: view.renoteId,
    pollChoices: view.pollChoices,
    recipients,
  };
}

async function recipientsFor(client: MisskeyClient, ids: readonly string[], known: readonly DraftRecipient[]): Promise<DraftRecipient[]> {
  const byId = new Map(known.map((r) => [r.id, r]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    const users: unknown = await client.requestUntyped('users/show', { userIds: missing }).catch(() => []);
    for (const u of Array.isArray(users) ? users : []) {
      const user = u as Partial<Note['user']>;
      if (typeof user.id !== 'string' || typeof user.username !== 'string') continue;
      byId.set(user.id, { id: user.id, username: user.username, host: user.host ?? null, name: user.name ?? null, avatarUrl: user.avatarUrl ?? null });
    }
  }
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [r] : [];
  });
}

export async function listDrafts(client: MisskeyClient, scheduled: boolean): Promise<ServerDraftView[]> {
  const answer: unknown = await client.requestUntyped('notes/drafts/list', { scheduled, limit: 100 });
  if (!Array.isArray(answer)) throw new CommandFailure('MALFORMED_RESPONSE', coreMessage('serverDraftUnreadable'));
  return answer.flatMap((item) => toDraftView(item) ?? []);
}

export async function createDraft(client: MisskeyClient, params: Record<string, unknown>): Promise<ServerDraftView> {
  return answerDraft(await explained(client.requestUntyped('notes/drafts/create', params), draftWording), 'createdDraft');
}

export async function updateDraft(client: MisskeyClient, draftId: string, params: Record<string, unknown>): Promise<ServerDraftView> {
  return answerDraft(await explained(client.requestUntyped('notes/drafts/update', { draftId, ...params }), draftWording), 'updatedDraft');
}

export async function deleteDraft(client: MisskeyClient, draftId: string): Promise<void> {
  await explained(client.requestUntyped('notes/drafts/delete', { draftId }), draftWording);
}
