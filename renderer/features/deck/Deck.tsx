import { useAppState } from '../../store';
import { ComposeBox } from '../compose/ComposeBox';
import { Column } from './Column';
import { DeckSidebar } from './DeckSidebar';

export function Deck() {
  const columns = useAppState((s) => s.columns);
  const deckError = useAppState((s) => s.deckError);
  return (
    <div className="deck">
      <DeckSidebar />
      <ComposeBox />
      <main className="deck-columns" aria-label="Columns">
        {columns.map((c) => (
          <Column key={c.id} column={c} />
        ))}
        {columns.length === 0 && (
          <p className="deck-empty">{deckError ? deckError.message : 'No columns yet. Add one from the side bar.'}</p>
        )}
      </main>
    </div>
  );
}
