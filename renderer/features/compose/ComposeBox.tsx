import { NoteOverlays } from '../notes/NoteOverlays';
import { Composer } from './Composer';
import { ScheduledNotesDialog } from '../scheduled/ScheduledNotesDialog';
import { draftsUiActions, useDraftsUi } from '../scheduled/draftsUi';
import { ClipPickerDialog } from '../clips/ClipPickerDialog';

/**
 * The deck's composer for new notes. It also mounts the note UI's overlays (detail, profile,
 * reply/quote dialog, reaction picker), since it is on screen exactly once with the deck.
 */
export function ComposeBox() {
  // A server draft opened from the list: the composer starts again to read it.
  const opened = useDraftsUi((s) => s.opened);
  const listOpen = useDraftsUi((s) => s.listOpen);
  return (
    <>
      <Composer key={opened?.seq ?? 0} mode="new" {...(opened ? { initialAccountId: opened.accountId } : {})} />
      <NoteOverlays />
      {listOpen && <ScheduledNotesDialog onClose={draftsUiActions.closeList} />}
      <ClipPickerDialog />
    </>
  );
}
