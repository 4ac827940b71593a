import type { DeckService } from '../deck/deckService';
import type { CommandHandlers } from './commandRouter';

export type ColumnCacheCommandName = 'timeline.cached' | 'timeline.startViews' | 'deck.setReadingPosition';

export function createColumnCacheHandlers(deck: DeckService): Pick<CommandHandlers, ColumnCacheCommandName> {
  return {
    'timeline.cached': ({ columnId }) => deck.cached(columnId),
    'timeline.startViews': () => deck.startViews(),
    'deck.setReadingPosition': ({ columnId, position }) => {
      deck.setReadingPosition(columnId, position);
      return null;
    },
  };
}
