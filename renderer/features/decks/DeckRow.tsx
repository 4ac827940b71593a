import { useTranslation } from 'react-i18next';
import { useId, useState, type FormEvent } from 'react';
import type { DeckSummary } from '../../../shared/model/deck';
import { deckNameMax } from '../../../shared/model/deck';
import { useAppState } from '../../store';
import { deckDisplayName } from './deckName';

interface DeckRowProps {
  deck: DeckSummary;
  index: number;
  count: number;
  active: boolean;
  onExport(): void;
}

/** One deck in Manage decks: its name (renamed in place), column count, and what can be done with it. */
export function DeckRow({ deck, index, count, active, onExport }: DeckRowProps) {
  const { t } = useTranslation();
  const nameId = useId();
  const renameDeck = useAppState((s) => s.renameDeck);
  const duplicateDeck = useAppState((s) => s.duplicateDeck);
  const removeDeck = useAppState((s) => s.removeDeck);
  const moveDeck = useAppState((s) => s.moveDeck);
  const switchDeck = useAppState((s) => s.switchDeck);
  const name = deckDisplayName(deck, index, t);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (editing === null) return;
    void renameDeck(deck.id, editing.trim());
    setEditing(null);
  };

  return (
    <li className="deck-row" data-deck-row={deck.id} data-active={active || undefined} aria-labelledby={nameId}>
      {editing === null ? (
        <div className="deck-row-main">
          <button type="button" className="link-button deck-row-name" id={nameId} aria-current={active ? 'true' : undefined} onClick={() => !active && void switchDeck(deck.id)}>
            {name}
          </button>
          <span className="deck-row-count">
            {t('decks.columnCount', { count: deck.columnCount })}
            {active && ` · ${t('decks.shown')}`}
          </span>
        </div>
      ) : (
        <form className="deck-row-main deck-rename" onSubmit={submit}>
          <input
            id={nameId}
            aria-label={t('decks.nameLabel')}
            value={editing}
            maxLength={deckNameMax}
            autoFocus
            onChange={(event) => setEditing(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                setEditing(null);
              }
            }}
          />
          <button type="submit" className="primary-button">
            {t('decks.save')}
          </button>
        </form>
      )}
      {confirming ? (
        <div className="deck-row-actions" role="group" aria-label={t('decks.removeConfirm', { name, count: deck.columnCount })}>
          <span className="deck-row-confirm">{t('decks.removeConfirm', { name, count: deck.columnCount })}</span>
          <button type="button" className="danger-button" onClick={() => void removeDeck(deck.id)}>
            {t('decks.remove')}
          </button>
          <button type="button" className="secondary-button" autoFocus onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <div className="deck-row-actions" role="group" aria-label={t('decks.actionsFor', { name })}>
          <button type="button" className="icon-button" aria-label={t('decks.moveUp')} title={t('decks.moveUp')} disabled={index === 0} onClick={() => void moveDeck(deck.id, index - 1)}>
            ↑
          </button>
          <button type="button" className="icon-button" aria-label={t('decks.moveDown')} title={t('decks.moveDown')} disabled={index >= count - 1} onClick={() => void moveDeck(deck.id, index + 1)}>
            ↓
          </button>
          <button type="button" className="secondary-button" onClick={() => setEditing(deck.name || name)}>
            {t('decks.rename')}
          </button>
          <button type="button" className="secondary-button" onClick={() => void duplicateDeck(deck.id, t('decks.copyName', { name }))}>
            {t('decks.duplicate')}
          </button>
          <button type="button" className="secondary-button" title={t('decks.exportTitle')} onClick={onExport}>
            {t('decks.export')}
          </button>
          <button type="button" className="secondary-button" disabled={count === 1} onClick={() => setConfirming(true)}>
            {t('decks.remove')}
          </button>
        </div>
      )}
    </li>
  );
}
