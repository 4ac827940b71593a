import { useTranslation } from 'react-i18next';
import { useEffect, useId, useMemo, useState } from 'react';
import type { Note } from '../../../shared/model/note';
import { getBridge } from '../../bridge';
import { ModalDialog } from '../../components/ModalDialog';
import { useAppState } from '../../store';
import { NoteItem } from './NoteItem';
import { NoteScopeContext } from './noteScope';
import type { Result } from '../../../shared/contract/result';
import { coreText } from '../../i18n/coreText';
import { ModalHeader } from '../../components/ModalHeader';

type Loaded<T> = { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; message: string };

/** The note's thread: the conversation above (oldest first), the note, its replies below. Escape closes. */
export function NoteDetailPanel({ accountId, noteId, initial, onClose }: { accountId: string; noteId: string; initial?: Note; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const fromStore = useAppState((s) => s.notesById[noteId]);
  const [fetched, setFetched] = useState<{ key: string; note: Loaded<Note>; above: Loaded<Note[]>; below: Loaded<Note[]> } | null>(null);
  const key = `${accountId}:${noteId}`;

  useEffect(() => {
    let live = true;
    const commands = getBridge().commands;
    const update = (patch: Partial<{ note: Loaded<Note>; above: Loaded<Note[]>; below: Loaded<Note[]> }>) => {
      if (!live) return;
      setFetched((f) => ({ ...(f?.key === key ? f : { key, note: { status: 'loading' }, above: { status: 'loading' }, below: { status: 'loading' } }), ...patch }));
    };
    const asLoaded = <T,>(r: Result<T>): Loaded<T> => (r.ok ? { status: 'ok', value: r.value } : { status: 'error', message: coreText(r.error) });
    void commands['notes.show']({ accountId, noteId }).then((r) => update({ note: asLoaded(r) }));
    void commands['notes.conversation']({ accountId, noteId }).then((r) => update({ above: asLoaded(r) }));
    void commands['notes.children']({ accountId, noteId }).then((r) => update({ below: asLoaded(r) }));
    return () => {
      live = false;
    };
  }, [accountId, noteId, key]);

  const current = fetched?.key === key ? fetched : null;
  const note = fromStore ?? (current?.note.status === 'ok' ? current.note.value : undefined) ?? initial;
  const scope = useMemo(() => ({ accountId, columnId: null }), [accountId]);
  const above = current?.above;
  const below = current?.below;

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="note-detail-panel">
      <ModalHeader titleId={titleId} onClose={onClose}>
        {t('noteDetail.title')}
      </ModalHeader>
      <NoteScopeContext value={scope}>
        <div className="note-detail-thread" data-note-detail={noteId}>
          <section aria-label={t('noteDetail.conversation')} className="note-detail-above">
            {above?.status === 'loading' || !above ? (
              <p className="column-note" aria-busy="true">
                {t('noteDetail.loadingConversation')}
              </p>
            ) : above.status === 'error' ? (
              <p className="column-note column-note-error">{t('noteDetail.conversationFailed', { message: above.message })}</p>
            ) : (
              safeList(above.value).map((n) => <NoteItem key={n.id} note={n} accountId={accountId} hideReplyContext />)
            )}
          </section>
          <div className="note-detail-focus">
            {note ? (
              <NoteItem note={note} accountId={accountId} unfolded hideReplyContext={above?.status === 'ok' && safeList(above.value).length > 0} />
            ) : current?.note.status === 'error' ? (
              <p className="column-note column-note-error">{t('noteDetail.noteFailed', { message: current.note.message })}</p>
            ) : (
              <p className="column-note">{t('common.loading')}</p>
            )}
          </div>
          <section aria-label={t('noteDetail.replies')} className="note-detail-below">
            {below?.status === 'ok' && safeList(below.value).length === 0 && <p className="column-note">{t('noteDetail.noReplies')}</p>}
            {below?.status === 'error' && <p className="column-note column-note-error">{t('noteDetail.repliesFailed', { message: below.message })}</p>}
            {below?.status === 'ok' && safeList(below.value).map((n) => <NoteItem key={n.id} note={n} accountId={accountId} hideReplyContext />)}
          </section>
        </div>
      </NoteScopeContext>
    </ModalDialog>
  );
}

const safeList = (value: unknown): Note[] =>
  Array.isArray(value) ? value.filter((n): n is Note => n != null && typeof n === 'object' && typeof (n as Note).id === 'string') : [];
