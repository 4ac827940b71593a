import type { ReactNode } from 'react';
import { t } from '../../../i18n';
import './collapse.css';

/** When "Show less" folds a note whose top is above the view, bring the top back, so the reader stays on it. */
function revealTop(from: HTMLElement | null) {
  const note = from?.closest<HTMLElement>('article') ?? null;
  const scroller = note?.closest<HTMLElement>('.note-list-scroll, [data-scroll-area]') ?? null;
  requestAnimationFrame(() => {
    if (!note?.isConnected || !scroller) return;
    if (note.getBoundingClientRect().top < scroller.getBoundingClientRect().top) note.scrollIntoView({ block: 'start' });
  });
}

/**
 * A long note's body, cut to a few lines behind "Show more" (as Misskey's web client does), with
 * "Show less" once opened. The whole body stays in the page, so screen readers read it all.
 */
export function LongNoteFold({ opened, onToggle, children }: { opened: boolean; onToggle(opened: boolean): void; children: ReactNode }) {
  return (
    <div className={opened ? 'note-fold is-open' : 'note-fold is-folded'}>
      <div className="note-fold-content">{children}</div>
      {opened ? (
        <button
          type="button"
          className="note-fold-toggle note-fold-less"
          data-fold="more"
          aria-expanded="true"
          onClick={(event) => {
            revealTop(event.currentTarget);
            onToggle(false);
          }}
        >
          {t('readingAids.showLess')}
        </button>
      ) : (
        <button type="button" className="note-fold-toggle note-fold-more" data-fold="more" aria-expanded="false" onClick={() => onToggle(true)}>
          <span>{t('readingAids.showMore')}</span>
        </button>
      )}
    </div>
  );
}
