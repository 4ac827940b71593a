import { useTranslation } from 'react-i18next';
import './arrange.css';
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
import { StackedSlot } from './StackedSlot';
import { JumpBar } from './JumpBar';
import { followColumnOrigin } from '../decks/openInColumn';
import { useColumnAlerts } from '../decks/useColumnAlerts';
import { useThreadInColumn } from '../decks/useThreadInColumn';

followColumnOrigin();
import { slotsOf } from './slots';

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
  useColumnAlerts();
  const openedInPanel = useThreadInColumn(openedNote, closeNote);

  return (
    <div className="deck">
      <DeckSidebar onShowShortcuts={openHelp} />
      <ComposeBox />
      <div className="deck-main">
        <JumpBar />
        <main className="deck-columns" aria-label={t('deck.columns')}>
          {slotsOf(columns).map((slot) =>
            slot.columns.length === 1 ? (
              <Column key={slot.columns[0]!.id} column={slot.columns[0]!} index={slot.firstIndex} count={columns.length} />
            ) : (
              <StackedSlot key={slot.columns[0]!.id} slot={slot} count={columns.length} />
            ),
          )}
          {columns.length === 0 && (
            <p className="deck-empty">{deckError ? coreText(deckError) : t('deck.empty')}</p>
          )}
        </main>
      </div>
      {deckNotice && (
        <div className="deck-notice" role="alert">
          {deckNotice}
          <button type="button" className="icon-button" aria-label={t('common.dismiss')} onClick={clearDeckNotice}>
            ×
          </button>
        </div>
      )}
      {helpOpen && <KeyboardHelp onClose={() => setHelpOpen(false)} />}
      {openedNote && openedInPanel && (
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
