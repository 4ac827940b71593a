import type { TFunction } from 'i18next';
import type { DeckSummary } from '../../../shared/model/deck';

/** A deck's name; an unnamed one (an older layout's first deck) is "Deck N" by its place. */
export const deckDisplayName = (deck: DeckSummary, index: number, t: TFunction): string => deck.name.trim() || t('decks.defaultName', { number: index + 1 });

/** The modifier Ctrl/Cmd+1…9 use here, as the user's keyboard labels it. */
export const deckKeyLabel = (): string => (typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl');
