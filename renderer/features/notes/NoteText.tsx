import { useState } from 'react';
import type { Note } from '../../../shared/model/note';

/**
 * A note's CW and text, as plain text only: React text nodes, never HTML.
 * (MFM rendering comes later and must keep to the same rule.)
 */
export function NoteText({ note }: { note: Pick<Note, 'cw' | 'text' | 'isHidden'> }) {
  const [open, setOpen] = useState(false);
  if (note.isHidden) return <p className="note-hidden">This note is not visible to you.</p>;
  if (note.cw != null && note.cw !== '') {
    return (
      <div className="note-cw">
        <p className="note-cw-text">{note.cw}</p>
        <button type="button" className="note-cw-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide' : 'Show content'}
        </button>
        {open && note.text && <p className="note-text">{note.text}</p>}
      </div>
    );
  }
  return note.text ? <p className="note-text">{note.text}</p> : null;
}
