import { z } from 'zod';
import type { draftsClipsCommands } from '../../../shared/contract/draftsClipsCommands';
import type { ClipView } from '../../../shared/model/noteDrafts';
import { coreMessage } from '../../../shared/messages/coreMessage';
import { acctOf, type AccountsService } from '../accounts/accountsService';
import type { DeckService } from '../deck/deckService';
import { createDraft, deleteDraft, listDrafts, updateDraft } from '../drafts/serverDrafts';
import { slotOfServerDraft, type ServerDraftSync } from '../drafts/serverDraftSync';
import { createNote, toCreateParams } from '../notes/createNote';
import { showNote } from '../notes/readNotes';
import { explained, isMisskeyError, rethrowExplained, type Wording } from '../server/misskeyErrors';
import { CommandFailure } from './commandFailure';
import type { CommandHandlers } from './commandRouter';

export type DraftsClipsCommandName = keyof typeof draftsClipsCommands;

export interface DraftsClipsDeps {
  accounts: AccountsService;
  deck: DeckService;
  draftSync: ServerDraftSync;
}

const clipWording: Wording = { NO_SUCH_CLIP: 'clipGone', NO_SUCH_NOTE: 'noteGone', TOO_MANY_CLIPS: 'tooManyClips', TOO_MANY_CLIP_NOTES: 'tooManyClipNotes' };

const clipSchema = z.object({
  id: z.string().min(1),
  name: z.string().catch(''),
  description: z.string().nullable().catch(null),
  isPublic: z.boolean().catch(false),
  notesCount: z.number().int().nonnegative().catch(0),
  lastClippedAt: z.string().nullable().catch(null),
});

const toClip = (value: unknown): ClipView | null => {
  const parsed = clipSchema.safeParse(value);
  return parsed.success ? { ...parsed.data, name: parsed.data.name || parsed.data.id } : null;
};

/** Server drafts and scheduled notes (through the draft sync), clips and the columns that show them. */
export function createDraftsClipsHandlers({ accounts, deck, draftSync }: DraftsClipsDeps): Pick<CommandHandlers, DraftsClipsCommandName> {
  const client = (accountId: string) => accounts.clientFor(accountId);
  /** Clips need `write:account`, which accounts signed in before MissDeck used clips lack. */
  const requireClipWrite = (accountId: string) => {
    const account = accounts.find(accountId);
    if (!account) throw new CommandFailure('NOT_FOUND', coreMessage('accountGone'));
    if (!account.permissions.includes('write:account')) {
      throw new CommandFailure('PERMISSION_DENIED', coreMessage('signInAgainForClips', { acct: acctOf(account) }));
    }
  };
  const draftById = async (accountId: string, draftId: string) => {
    const all = [...(await listDrafts(client(accountId), true)), ...(await listDrafts(client(accountId), false))];
    const found = all.find((view) => view.id === draftId);
    if (!found) throw new CommandFailure('NOT_FOUND', coreMessage('serverDraftGone'));
    return found;
  };

  return {
    'noteDrafts.status': async ({ accountId }) => {
      const availability = await draftSync.availability(accountId);
      if (!availability.available) return { ...availability, drafts: 0, scheduled: 0 };
      const [all, scheduled] = await Promise.all([client(accountId).requestUntyped('notes/drafts/count', {}), listDrafts(client(accountId), true)]);
      return { ...availability, drafts: typeof all === 'number' ? all : 0, scheduled: scheduled.length };
    },
    'noteDrafts.list': async ({ accountId, scheduled }) => {
      await draftSync.requireAvailable(accountId);
      const views = await listDrafts(client(accountId), scheduled);
      return scheduled ? views.sort((a, b) => (a.scheduledAt ?? 0) - (b.scheduledAt ?? 0)) : views;
    },
    'noteDrafts.schedule': async ({ accountId, draftId, slot, scheduledAt, note }) => {
      await draftSync.requireAvailable(accountId);
      const params = { ...toCreateParams(note), cw: note.cw?.trim() ? note.cw : null, isActuallyScheduled: true, scheduledAt };
      if (draftId) return updateDraft(client(accountId), draftId, params);
      // The composer's own draft, when the server keeps it, becomes the scheduled note (no second draft).
      const linked = draftSync.takeLink(accountId, slot);
      if (linked) {
        try {
          return await updateDraft(client(accountId), linked, params);
        } catch (failure) {
          if (!isMisskeyError(failure, 'NO_SUCH_NOTE_DRAFT')) throw failure;
        }
      }
      return createDraft(client(accountId), params);
    },
    'noteDrafts.reschedule': async ({ accountId, draftId, scheduledAt }) => {
      await draftSync.requireAvailable(accountId);
      return updateDraft(client(accountId), draftId, { isActuallyScheduled: true, scheduledAt });
    },
    'noteDrafts.delete': async ({ accountId, draftId }) => {
      await draftSync.requireAvailable(accountId);
      await deleteDraft(client(accountId), draftId);
      draftSync.forgetServerDraft(draftId);
      return null;
    },
    'noteDrafts.postNow': async ({ accountId, draftId }) => {
      await draftSync.requireAvailable(accountId);
      const view = await draftById(accountId, draftId);
      const posted = await createNote(client(accountId), {
        ...(view.text ? { text: view.text } : {}),
        ...(view.cw ? { cw: view.cw } : {}),
        visibility: view.visibility,
        ...(view.visibility === 'specified' ? { visibleUserIds: view.visibleUserIds } : {}),
        localOnly: view.localOnly,
        ...(view.replyId ? { replyId: view.replyId } : {}),
        ...(view.renoteId ? { renoteId: view.renoteId } : {}),
        ...(view.fileIds.length > 0 ? { fileIds: view.fileIds } : {}),
        ...(view.pollChoices && view.pollChoices.length >= 2 ? { poll: { choices: view.pollChoices, multiple: view.pollMultiple } } : {}),
      });
      try {
        await deleteDraft(client(accountId), draftId);
      } catch (failure) {
        // Posted is posted: the queue may have posted and deleted it in the meantime.
        if (!isMisskeyError(failure, 'NO_SUCH_NOTE_DRAFT')) throw failure;
      }
      draftSync.forgetServerDraft(draftId);
      return posted;
    },
    'noteDrafts.open': async ({ accountId, draftId }) => {
      await draftSync.requireAvailable(accountId);
      const view = await draftById(accountId, draftId);
      const slot = slotOfServerDraft(view);
      if (draftSync.isUnsynced(accountId, slot)) {
        try {
          await draftSync.sync(accountId);
        } catch {
          throw new CommandFailure('NETWORK', coreMessage('draftOpenNeedsSync'));
        }
        if (draftSync.isUnsynced(accountId, slot)) throw new CommandFailure('NETWORK', coreMessage('draftOpenNeedsSync'));
      }
      await draftSync.open(accountId, view);
      return view;
    },
    'clips.list': async ({ accountId }) => {
      const answer: unknown = await explained(client(accountId).requestUntyped('clips/list', { limit: 100 }), clipWording);
      return Array.isArray(answer) ? answer.flatMap((item) => toClip(item) ?? []) : [];
    },
    'clips.create': async ({ accountId, name, isPublic, description }) => {
      requireClipWrite(accountId);
      const answer: unknown = await explained(
        client(accountId).requestUntyped('clips/create', { name, isPublic: isPublic ?? false, ...(description ? { description } : {}) }),
        clipWording,
      );
      const clip = toClip(answer);
      if (!clip) throw new CommandFailure('MALFORMED_RESPONSE', coreMessage('serverUnreadable', { host: new URL(client(accountId).origin).host }));
      return clip;
    },
    'clips.addNote': async ({ accountId, clipId, noteId }) => {
      requireClipWrite(accountId);
      try {
        await client(accountId).requestUntyped('clips/add-note', { clipId, noteId });
      } catch (failure) {
        // Already in the clip is what was asked for.
        if (!isMisskeyError(failure, 'ALREADY_CLIPPED')) rethrowExplained(failure, clipWording);
      }
      const note = await showNote(client(accountId), noteId).catch(() => null);
      if (note) deck.collectionChanged(accountId, { kind: 'clip', clipId }, { added: note });
      return null;
    },
    'clips.removeNote': async ({ accountId, clipId, noteId }) => {
      requireClipWrite(accountId);
      await explained(client(accountId).requestUntyped('clips/remove-note', { clipId, noteId }), clipWording);
      deck.collectionChanged(accountId, { kind: 'clip', clipId }, { removedNoteId: noteId });
      return null;
    },
  };
}
