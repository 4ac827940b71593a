import { NoteOverlays } from '../notes/NoteOverlays';
import { Composer } from './Composer';

/**
 * The deck's composer for new notes. It also mounts the note UI's overlays (detail, profile,
 * reply/quote dialog, reaction picker), since it is on screen exactly once with the deck.
 */
export function ComposeBox() {
  return (
    <>
      <Composer mode="new" />
      <NoteOverlays />
    </>
  );
}
