import { i18n } from '../../i18n';
import { useTranslation } from 'react-i18next';
import { useEffect, useId, useRef } from 'react';
import { getBridge } from '../../bridge';
import { ModalDialog } from '../../components/ModalDialog';
import { useAppState, useAppStoreApi } from '../../store';
import type { AppState } from '../../store';
import type { PendingNoteAction } from '../../store/noteActionsSlice';
import { ComposeDialog } from '../compose/ComposeDialog';
import { UserProfilePanel } from '../users/UserProfilePanel';
import { useProfileInColumn } from '../decks/useProfileInColumn';
import { useThreadInColumn } from '../decks/useThreadInColumn';
import { heldNote } from './heldNote';
import { NoteDetailPanel } from './NoteDetailPanel';
import { actionTargetOf, noteView } from './noteView';
import { serverReactionKey } from '../mfm';
import { ReactionPicker } from './ReactionPicker';
import { noteActions } from './state/noteActions';
import { notesUiActions, useNotesUi, type NoteTarget } from './state/notesUi';
import { coreText } from '../../i18n/coreText';
import { ModerationDialogs } from '../mutes/ModerationDialogs';

/**
 * Shows the account's own reaction change at once, as the stream would: a note that arrived a moment
 * ago is not watched yet, so its stream may never say so. When the stream does, it repeats this
 * change, which the store's update deduper drops.
 */
function showOwnReaction(state: AppState, accountId: string, noteId: string, change: { type: 'reacted'; reaction: string; emoji: null } | { type: 'unreacted'; reaction: string }) {
  const userId = state.accounts.find((a) => a.id === accountId)?.userId;
  if (!userId) return;
  const reaction = change.type === 'reacted' ? serverReactionKey(change.reaction) : change.reaction;
  state.applyTimelineBatch([{ type: 'noteUpdated', accountId, noteId, update: { ...change, reaction, userId } }]);
}

/**
 * The note UI's dialogs, mounted once: detail, profile, reply/quote composer, reaction picker,
 * renote chooser, and a status line. Takes up reply/renote/react requests from the keyboard.
 */
export function NoteOverlays() {
  const store = useAppStoreApi();
  const pending = useAppState((s) => s.pendingNoteAction);
  const clearPending = useAppState((s) => s.clearPendingNoteAction);
  const { detail, profile, compose, picker, renoteChooser, toast } = useNotesUi((s) => s);
  const profileInPanel = useProfileInColumn(profile);
  const detailInPanel = useThreadInColumn(detail, notesUiActions.closeDetail);

  useEffect(() => {
    if (!pending) return;
    clearPending();
    void takeUp(pending, store.getState());
  }, [pending, clearPending, store]);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => notesUiActions.clearToast(), toast.error ? 8000 : 3000);
    return () => clearTimeout(timer);
  }, [toast]);

  const react = async (target: NoteTarget, reaction: string) => {
    const view = noteView(heldNote(store.getState(), target.note.id) ?? target.note);
    const mine = view.myReaction;
    if (mine === reaction) return;
    if (mine) {
      if (!(await noteActions.unreact(target.accountId, view.id))) return;
      showOwnReaction(store.getState(), target.accountId, view.id, { type: 'unreacted', reaction: mine });
    }
    if (await noteActions.react(target.accountId, view.id, reaction)) showOwnReaction(store.getState(), target.accountId, view.id, { type: 'reacted', reaction, emoji: null });
  };

  return (
    <>
      {detail && detailInPanel && <NoteDetailPanel key={`${detail.accountId}:${detail.noteId}`} accountId={detail.accountId} noteId={detail.noteId} initial={detail.note} onClose={notesUiActions.closeDetail} />}
      {profile && profileInPanel && <UserProfilePanel target={profile} onClose={notesUiActions.closeProfile} />}
      {compose && <ComposeDialog key={`${compose.accountId}:${compose.note.id}:${compose.mode}`} request={compose} onClose={notesUiActions.closeCompose} />}
      {picker && <ReactionPicker accountId={picker.accountId} onPick={(r) => void react(picker, r)} onClose={notesUiActions.closePicker} />}
      <ModerationDialogs />
      {renoteChooser && <RenoteChooser target={renoteChooser} onClose={notesUiActions.closeRenoteChooser} />}
      {toast && (
        <p className={toast.error ? 'note-toast error' : 'note-toast'} role={toast.error ? 'alert' : 'status'} key={toast.seq}>
          {toast.text}
        </p>
      )}
    </>
  );
}

async function takeUp(action: PendingNoteAction, state: AppState): Promise<void> {
  const { accountId, noteId } = action.note;
  let note = heldNote(state, noteId);
  if (!note) {
    const shown = await getBridge().commands['notes.show']({ accountId, noteId });
    if (!shown.ok) return notesUiActions.say(i18n.t('noteDetail.noteFailed', { message: coreText(shown.error) }), true);
    note = shown.value;
  }
  const target = { accountId, note: actionTargetOf(noteView(note)).raw };
  if (action.kind === 'reply') notesUiActions.openCompose({ ...target, mode: 'reply' });
  else if (action.kind === 'react') notesUiActions.openPicker(target);
  else notesUiActions.openRenoteChooser(target);
}

/** Renote or quote (from the keyboard's `t`). */
function RenoteChooser({ target, onClose }: { target: NoteTarget; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const first = useRef<HTMLButtonElement>(null);
  const id = noteView(target.note).id;
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} initialFocus={first} className="renote-chooser">
      <header className="modal-header">
        <h2 id={titleId}>{t('notes.renote')}</h2>
      </header>
      <div className="form-actions renote-chooser-actions">
        <button
          ref={first}
          type="button"
          className="primary-button"
          onClick={() => {
            onClose();
            void noteActions.renote(target.accountId, id);
          }}
        >
          {t('notes.renote')}
        </button>
        <button
          type="button"
          className="secondary-button"
          onClick={() => {
            onClose();
            notesUiActions.openCompose({ ...target, mode: 'quote' });
          }}
        >
          {t('notes.quote')}
        </button>
        <button type="button" className="secondary-button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
