import { useTranslation } from 'react-i18next';
import './decks.css';
import { useState } from 'react';
import { useAppState } from '../../store';
import { deckDisplayName, deckKeyLabel } from './deckName';
import { DecksDialog } from './DecksDialog';
import { useDeckSwitchKeys } from './useDeckSwitchKeys';

/** The decks in the side bar: one button each (Ctrl/Cmd+1…9 for the first nine), and Manage decks. */
export function DeckSwitcher() {
  const { t } = useTranslation();
  const decks = useAppState((s) => s.decks);
  const switchDeck = useAppState((s) => s.switchDeck);
  const [managing, setManaging] = useState(false);
  useDeckSwitchKeys();
  const key = deckKeyLabel();
  return (
    <>
      <ul className="deck-switcher" aria-label={t('decks.label')}>
        {decks.decks.map((deck, index) => {
          const name = deckDisplayName(deck, index, t);
          const label = index < 9 ? t('decks.switchTo', { name, key, number: index + 1 }) : name;
          const active = deck.id === decks.activeDeckId;
          return (
            <li key={deck.id}>
              <button
                type="button"
                className="deck-switch"
                data-deck-id={deck.id}
                aria-current={active ? 'true' : undefined}
                title={label}
                onClick={() => !active && void switchDeck(deck.id)}
              >
                {/* The number and initial are the short form of the name, which only screen readers read. */}
                <span aria-hidden="true">{index < 9 ? index + 1 : '·'}</span>
                <span className="visually-hidden">{label}</span>
                <span className="deck-switch-initial" aria-hidden="true">
                  {Array.from(name)[0]}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="sidebar-button" aria-label={t('decks.manage')} aria-haspopup="dialog" title={t('decks.manage')} onClick={() => setManaging(true)}>
        ☰
      </button>
      {managing && <DecksDialog onClose={() => setManaging(false)} />}
    </>
  );
}
