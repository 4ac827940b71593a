import { useTranslation } from 'react-i18next';
import { useCallback, useState } from 'react';
import { coreText } from '../../i18n/coreText';
import { useAppState, useAppStoreApi } from '../../store';
import { ComposeBox } from '../compose/ComposeBox';
import { KeyboardHelp } from '../keyboard/KeyboardHelp';
import { useDeckKeyboard } from '../keyboard/useDeckKeyboard';
import { heldNote } from '../notes/heldNote';
import { NoteDetailPanel } from '../notes/NoteDetailPanel';
import { Column } from './Column';
import { DeckSidebar } from './DeckSidebar';

export function Deck() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const columns = useAppState((s) => s.columns);
  const deckError = useAppState((s) => s.deckError);
  const deckNotice = useAppState((s) => s.deckNotice);
  const clearDeckNotice = useAppState((s) => s.clearDeckNotice);
  const openedNote = useAppState((s) => s.openedNote);
  const closeNote = useAppState((s) => s.closeNote);
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const closeOverlays = useCallback(() => {
    setHelpOpen(false);
    closeNote();
  }, [closeNote]);
  useDeckKeyboard({ openHelp, closeOverlays });

  return (
    <div className="deck">
      <DeckSidebar onShowShortcuts={openHelp} />
      <ComposeBox />
      <main className="deck-columns" aria-label={t('deck.columns')}>
        {columns.map((c, index) => (
          <Column key={c.id} column={c} index={index} count={columns.length} />
        ))}
        {columns.length === 0 && (
          <p className="deck-empty">{deckError ? coreText(deckError) : t('deck.empty')}</p>
        )}
      </main>
      {deckNotice && (
        <div className="deck-notice" role="alert">
          {deckNotice}
          <button type="button" className="icon-button" aria-label={t('common.dismiss')} onClick={clearDeckNotice}>
            ×
          </button>
        </div>
      )}
      {helpOpen && <KeyboardHelp onClose={() => setHelpOpen(false)} />}
      {openedNote && (
        <NoteDetailPanel
          key={`${openedNote.accountId}:${openedNote.noteId}`}
          accountId={openedNote.accountId}
          noteId={openedNote.noteId}
          initial={heldNote(store.getState(), openedNote.noteId)}
          onClose={closeNote}
        />
      )}
    </div>
  );
}
