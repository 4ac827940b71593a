import { useTranslation } from 'react-i18next';
import { safeMediaUrl } from '../media/mediaUrl';
import { Avatar } from '../notes/Avatar';
import type { Suggestion } from './useAutocomplete';

/** The suggestions under the text box: a listbox the text box drives (↑/↓, Enter/Tab, Escape). */
export function AutocompleteList({ id, suggestions, active, onPick }: { id: string; suggestions: readonly Suggestion[]; active: number; onPick(s: Suggestion): void }) {
  const { t } = useTranslation();
  return (
    <ul id={id} role="listbox" aria-label={t('compose.suggestions')} className="compose-suggestions">
      {suggestions.map((s, i) => {
        const img = safeMediaUrl(s.imageUrl);
        return (
          <li
            key={s.key}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            className="compose-suggestion"
            onMouseDown={(e) => {
              e.preventDefault();
              onPick(s);
            }}
          >
            {s.avatarUrl !== undefined && <Avatar url={s.avatarUrl} size={20} />}
            {img && <img className="mfm-emoji" src={img} alt="" loading="lazy" />}
            <span className="compose-suggestion-label">{s.label}</span>
            {s.detail && <span className="note-acct">{s.detail}</span>}
          </li>
        );
      })}
    </ul>
  );
}
