import type { decksCommands } from '../../../shared/contract/decksCommands';
import type { DeckService } from '../deck/deckService';
import type { DecksService } from '../deck/decksService';
import type { CommandHandlers } from './commandRouter';

/** Named decks (decksService) and arranging columns in slots (deckService). */
export function createDecksHandlers({ deck, decks }: { deck: DeckService; decks: DecksService }): Pick<CommandHandlers, keyof typeof decksCommands> {
  return {
    'decks.list': () => decks.view(),
    'decks.create': ({ name }) => decks.create(name),
    'decks.rename': ({ deckId, name }) => decks.rename(deckId, name),
    'decks.duplicate': ({ deckId, name }) => decks.duplicate(deckId, name),
    'decks.remove': ({ deckId }) => decks.remove(deckId),
    'decks.move': ({ deckId, toIndex }) => decks.move(deckId, toIndex),
    'decks.switch': ({ deckId }) => decks.switchTo(deckId),
    'decks.export': ({ deckId }) => decks.export(deckId),
    'decks.import': ({ text }) => decks.import(text),
    'deck.stackColumn': ({ columnId, underColumnId }) => deck.stackColumn(columnId, underColumnId),
    'deck.arrangeColumn': ({ columnId, ...change }) => deck.updateColumn(columnId, change),
  };
}
