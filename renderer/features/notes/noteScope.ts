import { createContext, useCallback, useContext, useState } from 'react';
import { useAppState } from '../../store';

export interface NoteScope {
  accountId: string | null;
  columnId: string | null;
  /** The scope also provides the account's server emoji and MFM actions (see `NoteAccountScope`). */
  providesContent?: boolean;
}

/** The account (and column) notes inside are seen from: note ids are that account's server's ids. */
export const NoteScopeContext = createContext<NoteScope>({ accountId: null, columnId: null });

/**
 * The account a note is seen from: the `accountId` given, else the scope's, else the column the note
 * sits in (read from the DOM once mounted), else the account of the note opened with the keyboard.
 * Returns a ref callback for the note's root element.
 */
export function useNoteAccount(noteId: string, given?: string | null): { accountId: string | null; columnId: string | null; rootRef: (el: HTMLElement | null) => void } {
  const scope = useContext(NoteScopeContext);
  const [domColumnId, setDomColumnId] = useState<string | null>(null);
  const scopedColumn = scope.columnId !== null;
  // Inside a column the scope already says which: reading the DOM would only cost a second render.
  const rootRef = useCallback(
    (el: HTMLElement | null) => {
      if (!el || scopedColumn) return;
      const id = el.closest<HTMLElement>('[data-column-id]')?.dataset.columnId ?? null;
      setDomColumnId((old) => (old === id ? old : id));
    },
    [scopedColumn],
  );
  const columnId = scope.columnId ?? domColumnId;
  const fromColumn = useAppState((s) => (columnId ? (s.columns.find((c) => c.id === columnId)?.accountId ?? null) : null));
  const fromOpened = useAppState((s) => (s.openedNote && s.openedNote.noteId === noteId ? s.openedNote.accountId : null));
  const accountId = given ?? scope.accountId ?? fromColumn ?? fromOpened;
  return { accountId: accountId === '*' ? null : accountId, columnId, rootRef };
}
