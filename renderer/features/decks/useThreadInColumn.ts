import { useEffect } from 'react';
import { t } from '../../i18n';
import type { ColumnView } from '../../../shared/model/column';
import type { Note } from '../../../shared/model/note';
import { userAcct } from '../../lib/acct';
import { useAppStoreApi } from '../../store';
import { sayActionFailed } from '../notes/state/noteActions';
import { useSetting } from '../settings/settingsStore';
import { addColumnBesideOrigin, focusColumn } from './openInColumn';

/** A thread already open as a column is brought into view rather than opened twice. */
async function openThreadColumn(columns: readonly ColumnView[], accountId: string, noteId: string, note: Note | undefined): Promise<void> {
  const open = columns.find((c) => c.kind === 'thread' && c.accountId === accountId && c.params.noteId === noteId);
  if (open) {
    focusColumn(open.id);
    return;
  }
  // The header names whose thread it is, as a user column names its user.
  const author = typeof note?.user?.username === 'string' ? userAcct(note.user) : null;
  const added = await addColumnBesideOrigin(accountId, 'thread', { noteId, ...(author ? { sourceName: author } : {}) });
  if (!added.ok) sayActionFailed(t('actions.addColumn'), added.error);
}

/**
 * With "open in a new column" chosen, a note's thread asked for (its date, `o`, "Open thread")
 * becomes a thread column right of the column it was asked from, instead of the side panel.
 * Returns whether the side panel is the place.
 */
export function useThreadInColumn(target: { accountId: string; noteId: string; note?: Note } | null, close: () => void): boolean {
  const openIn = useSetting('openIn');
  const store = useAppStoreApi();
  useEffect(() => {
    if (!target || openIn !== 'column') return;
    close();
    const { columns, notesById } = store.getState();
    void openThreadColumn(columns, target.accountId, target.noteId, notesById[target.noteId] ?? target.note);
  }, [target, openIn, close, store]);
  return openIn !== 'column';
}
