import { useTranslation } from 'react-i18next';
import { useAppState } from '../../store';
import { columnIcons, columnSectionId, columnSourceName, columnTitles } from './columnKinds';
import { useColumnsWaiting } from './columnWaiting';
import { EmojiText } from '../emoji';

/** Brings a column into view and puts focus in it (its menu button: a key away from its notes). */
function jumpTo(columnId: string): void {
  const section = document.querySelector<HTMLElement>(`main.deck-columns section[data-column-id="${columnId}"]`);
  if (!section) return;
  section.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  (section.querySelector<HTMLElement>('[data-column-settings-button]') ?? section.querySelector<HTMLElement>('button'))?.focus({ preventScroll: true });
}

/** One button per column, with its unread count (newer items above the reader's place, or arrived while collapsed). */
export function JumpBar() {
  const { t } = useTranslation();
  const columns = useAppState((s) => s.columns);
  const unseen = useAppState((s) => s.columnUnseen);
  const waiting = useColumnsWaiting();
  if (columns.length === 0) return null;
  return (
    <nav className="jump-bar" aria-label={t('decks.jump.label')}>
      <ul>
        {columns.map((column) => {
          const source = columnSourceName(column.kind, column.params);
          const name = `${columnTitles[column.kind]}${source ? ` ${source}` : ''}`;
          const unread = (waiting.get(column.id) ?? 0) + (unseen[column.id] ?? 0);
          return (
            <li key={column.id}>
              <button
                type="button"
                className="jump-button"
                data-jump-to={column.id}
                aria-controls={columnSectionId(column.id)}
                aria-label={unread > 0 ? t('decks.jump.columnNamed', { name, unread: t('decks.jump.unread', { count: unread }) }) : name}
                title={name}
                onClick={() => jumpTo(column.id)}
              >
                <span className="jump-icon" aria-hidden="true">
                  <EmojiText text={columnIcons[column.kind]} />
                </span>
                <span className="jump-name">{name}</span>
                {unread > 0 && (
                  <span className="jump-count" aria-hidden="true" data-unread={unread}>
                    {unread > 99 ? '99+' : unread}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
