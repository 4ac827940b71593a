import { useEffect, useState } from 'react';
import type { Note } from '../../../../shared/model/note';
import type { Result } from '../../../../shared/contract/result';
import { getBridge } from '../../../bridge';
import { coreText } from '../../../i18n/coreText';
import { useAppState } from '../../../store';

export type Loaded<T> = { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; message: string };

interface Parts {
  note: Loaded<Note>;
  above: Loaded<Note[]>;
  below: Loaded<Note[]>;
}

export interface NoteThread {
  /** The note as the store holds it (kept current by the stream), else as fetched, else as the opener had it. */
  note: Note | undefined;
  noteError: string | null;
  /** Ancestors, oldest first (only note-shaped items). */
  above: Loaded<Note[]> | undefined;
  /** Replies and quotes, oldest first (only when asked for). */
  below: Loaded<Note[]> | undefined;
}

const asLoaded = <T>(r: Result<T>): Loaded<T> => (r.ok ? { status: 'ok', value: r.value } : { status: 'error', message: coreText(r.error) });

/** Whatever the server sent, only note-shaped items. */
const safeNotes = (value: unknown): Note[] =>
  Array.isArray(value) ? value.filter((n): n is Note => n != null && typeof n === 'object' && typeof (n as Note).id === 'string') : [];
const safeLoaded = (loaded: Loaded<Note[]>): Loaded<Note[]> => (loaded.status === 'ok' ? { status: 'ok', value: safeNotes(loaded.value) } : loaded);

/**
 * A note's thread from the core: the note (`notes.show`), its ancestors (`notes.conversation`) and,
 * with `withReplies`, its replies (`notes.children`), both oldest first.
 */
export function useNoteThread(accountId: string, noteId: string, initial: Note | undefined, withReplies: boolean): NoteThread {
  const fromStore = useAppState((s) => s.notesById[noteId]);
  const [fetched, setFetched] = useState<({ key: string } & Parts) | null>(null);
  const key = `${accountId}:${noteId}:${withReplies}`;

  useEffect(() => {
    let live = true;
    const commands = getBridge().commands;
    const update = (patch: Partial<Parts>) => {
      if (!live) return;
      setFetched((f) => ({ ...(f?.key === key ? f : { key, note: { status: 'loading' }, above: { status: 'loading' }, below: { status: 'loading' } }), ...patch }));
    };
    void commands['notes.show']({ accountId, noteId }).then((r) => update({ note: asLoaded(r) }));
    void commands['notes.conversation']({ accountId, noteId }).then((r) => update({ above: safeLoaded(asLoaded(r)) }));
    if (withReplies) void commands['notes.children']({ accountId, noteId }).then((r) => update({ below: safeLoaded(asLoaded(r)) }));
    return () => {
      live = false;
    };
  }, [accountId, noteId, withReplies, key]);

  const current = fetched?.key === key ? fetched : null;
  return {
    note: fromStore ?? (current?.note.status === 'ok' ? current.note.value : undefined) ?? initial,
    noteError: current?.note.status === 'error' ? current.note.message : null,
    above: current?.above,
    below: withReplies ? current?.below : undefined,
  };
}
