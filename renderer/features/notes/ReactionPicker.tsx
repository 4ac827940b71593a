import { useTranslation } from 'react-i18next';
import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { ReactionEmoji } from '../mfm';
import { Twemoji } from '../emoji';
import { safeMediaUrl } from '../media/mediaUrl';
import { byCategory, otherCategory, searchCustom, searchUnicode, unicodeGroups } from './emojiCatalog';
import { recentReactions } from './state/recentReactions';
import { useServerEmojis } from './state/serverData';
import './picker.css';

/**
 * Pick a reaction: recently used, the server's custom emoji by category (lazy images), common
 * unicode emoji by group, search by name or alias. Arrow keys move between emoji, Enter picks.
 */
export function ReactionPicker({ accountId, onPick, onClose }: { accountId: string; onPick(reaction: string): void; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const { list, urls } = useServerEmojis(accountId);
  const [recent] = useState(() => recentReactions(accountId));
  const categories = useMemo(() => byCategory(list), [list]);
  const customHits = useMemo(() => searchCustom(list, query), [list, query]);
  const unicodeHits = useMemo(() => searchUnicode(query), [query]);
  const searching = query.trim() !== '';

  const pick = (reaction: string) => {
    onPick(reaction);
    onClose();
  };
  const custom = (e: { name: string; url: string }) => (
    <EmojiButton key={`c:${e.name}`} label={`:${e.name}:`} onPick={() => pick(`:${e.name}:`)}>
      {safeMediaUrl(e.url) ? <img src={safeMediaUrl(e.url)!} alt="" loading="lazy" decoding="async" referrerPolicy="no-referrer" draggable={false} /> : <span className="picker-text">:{e.name}:</span>}
    </EmojiButton>
  );
  const unicode = (e: { char: string; name: string }) => (
    <EmojiButton key={`u:${e.char}`} label={`${e.char} ${e.name.split(' ')[0]}`} onPick={() => pick(e.char)}>
      <span className="picker-unicode">
        <Twemoji emoji={e.char} lazy />
      </span>
    </EmojiButton>
  );

  const onGridKey = (event: KeyboardEvent) => {
    const buttons = [...(gridRef.current?.querySelectorAll<HTMLButtonElement>('button.picker-emoji') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const perRow = rowLength(buttons, at);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, ArrowDown: at + perRow, ArrowUp: at - perRow, Home: 0, End: buttons.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    if (to < 0 && (event.key === 'ArrowUp' || event.key === 'ArrowLeft')) return searchRef.current?.focus();
    buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus();
  };
  const onSearchKey = (event: KeyboardEvent) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      gridRef.current?.querySelector<HTMLButtonElement>('button.picker-emoji')?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      gridRef.current?.querySelector<HTMLButtonElement>('button.picker-emoji')?.click();
    }
  };

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} initialFocus={searchRef} className="reaction-picker">
      <header className="modal-header">
        <h2 id={titleId}>{t('picker.title')}</h2>
        <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="picker-search">
        <input ref={searchRef} type="search" aria-label={t('picker.search')} placeholder={t('picker.searchPlaceholder')} value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onSearchKey} />
      </div>
      <div className="picker-body" ref={gridRef} onKeyDown={onGridKey}>
        {searching ? (
          <PickerSection title={t('picker.results')}>
            {customHits.map(custom)}
            {unicodeHits.map(unicode)}
            {customHits.length + unicodeHits.length === 0 && <p className="picker-empty">{t('picker.noMatch', { query })}</p>}
          </PickerSection>
        ) : (
          <>
            {recent.length > 0 && (
              <PickerSection title={t('picker.recent')}>
                {recent.map((r) => (
                  <EmojiButton key={`r:${r}`} label={r} onPick={() => pick(r)}>
                    <ReactionEmoji reaction={r} serverEmojis={urls} />
                  </EmojiButton>
                ))}
              </PickerSection>
            )}
            {categories.map(([name, emojis]) => (
              <PickerSection key={`cat:${name}`} title={name === otherCategory ? t('picker.other') : name} collapsible>
                {emojis.map(custom)}
              </PickerSection>
            ))}
            {unicodeGroups.map((g) => (
              <PickerSection key={`uni:${g.name}`} title={t(`picker.groups.${g.id}`)}>
                {g.emojis.map(unicode)}
              </PickerSection>
            ))}
          </>
        )}
      </div>
    </ModalDialog>
  );
}

/** How many buttons share the focused one's row (for ↑/↓). */
function rowLength(buttons: HTMLButtonElement[], at: number): number {
  const top = buttons[at]!.offsetTop;
  const parent = buttons[at]!.parentElement;
  let n = 0;
  for (const b of buttons) if (b.parentElement === parent && b.offsetTop === top) n++;
  return Math.max(1, n);
}

function PickerSection({ title, children, collapsible = false }: { title: string; children: ReactNode; collapsible?: boolean }) {
  const id = useId();
  if (collapsible) {
    return (
      <details className="picker-section" open>
        <summary id={id}>{title}</summary>
        <div className="picker-grid" role="group" aria-labelledby={id}>
          {children}
        </div>
      </details>
    );
  }
  return (
    <section className="picker-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <div className="picker-grid" role="group" aria-labelledby={id}>
        {children}
      </div>
    </section>
  );
}

function EmojiButton({ label, onPick, children }: { label: string; onPick(): void; children: ReactNode }) {
  return (
    <button type="button" className="picker-emoji" aria-label={label} title={label} onClick={onPick}>
      {children}
    </button>
  );
}
