import { useTranslation } from 'react-i18next';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { coreText } from '../../i18n/coreText';
import { useAppState } from '../../store';
import { downloadDeckFile, readDeckFile } from './deckFiles';
import { DeckRow } from './DeckRow';
import { deckDisplayName } from './deckName';
import { ModalHeader } from '../../components/ModalHeader';

/** Every deck: new, rename, duplicate, delete, reorder, export; and import a deck from a file. */
export function DecksDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const decks = useAppState((s) => s.decks);
  const notice = useAppState((s) => s.decksNotice);
  const clearNotice = useAppState((s) => s.clearDecksNotice);
  const createDeck = useAppState((s) => s.createDeck);
  const importDeck = useAppState((s) => s.importDeck);
  const exportDeck = useAppState((s) => s.exportDeck);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    clearNotice();
  }, [clearNotice]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setProblem(null);
    let text: string;
    try {
      text = await readDeckFile(file);
    } catch {
      setProblem(t('decks.fileUnreadable'));
      return;
    }
    const error = await importDeck(text);
    if (error) setProblem(t('decks.importFailed', { reason: coreText(error) }));
  };

  const onExport = async (deckId: string) => {
    setProblem(null);
    const result = await exportDeck(deckId);
    if (result.ok) downloadDeckFile(result.value);
    else setProblem(t('decks.exportFailed', { reason: coreText(result.error) }));
  };

  const message = problem ?? notice;
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="decks-dialog" fallbackFocus={headingRef}>
      <ModalHeader titleId={titleId} onClose={onClose} headingRef={headingRef}>
        {t('decks.manage')}
      </ModalHeader>
      <ol className="deck-rows" aria-label={t('decks.label')}>
        {decks.decks.map((deck, index) => (
          <DeckRow key={deck.id} deck={deck} index={index} count={decks.decks.length} active={deck.id === decks.activeDeckId} onExport={() => void onExport(deck.id)} />
        ))}
      </ol>
      <p role="status" className={message ? 'decks-status form-error' : 'decks-status'} data-decks-status>
        {message}
      </p>
      <footer className="modal-footer">
        <input ref={fileRef} type="file" accept="application/json,.json" hidden data-deck-import-input onChange={(event) => void onFile(event)} />
        <button type="button" className="secondary-button" onClick={() => fileRef.current?.click()}>
          {t('decks.import')}
        </button>
        <button
          type="button"
          className="primary-button"
          onClick={() => void createDeck(deckDisplayName({ id: '', name: '', columnCount: 0 }, decks.decks.length, t))}
        >
          {t('decks.newDeck')}
        </button>
      </footer>
    </ModalDialog>
  );
}
