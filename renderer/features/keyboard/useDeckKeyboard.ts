import { useEffect } from 'react';
import type { Note } from '../../../shared/model/note';
import { useAppStoreApi } from '../../store';
import type { NoteRef } from '../../store/noteActionsSlice';
import { stepChat } from '../chat/chatKeyboard';
import { columnController } from '../deck/columnRegistry';
import { describeTarget, nextIndex, shortcutFor } from './shortcuts';

const columnSelector = 'main.deck-columns section[data-column-id]';
/** In a row: the note (or notification) to focus, else the gap marker's button. */
const itemSelector = 'article, [data-gap]';

const columnsInOrder = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>(columnSelector)];

const rowOf = (el: Element | null): HTMLElement | null => el?.closest<HTMLElement>('.note-list-row') ?? null;
const rowIndex = (row: HTMLElement | null): number | null => {
  const value = row?.dataset.index;
  return value === undefined ? null : Number(value);
};

/** Focus row `index` of a column once the virtualiser has rendered it (a few frames at most). */
function focusRow(column: HTMLElement, index: number, tries = 12): void {
  const row = column.querySelector<HTMLElement>(`.note-list-row[data-index="${index}"]`);
  const item = row?.querySelector<HTMLElement>(itemSelector);
  if (item) {
    if (item.tagName === 'ARTICLE' && !item.hasAttribute('tabindex')) item.tabIndex = -1;
    item.focus({ preventScroll: true });
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusRow(column, index, tries - 1));
}

/** The first row whose top is inside the column's scroll area. */
function firstVisibleIndex(column: HTMLElement): number | null {
  const scroller = column.querySelector<HTMLElement>('.note-list-scroll');
  if (!scroller) return null;
  const top = scroller.getBoundingClientRect().top;
  let best: number | null = null;
  for (const row of column.querySelectorAll<HTMLElement>('.note-list-row')) {
    const box = row.getBoundingClientRect();
    const index = rowIndex(row);
    if (index === null || box.bottom <= top + 1) continue;
    if (best === null || index < best) best = index;
  }
  return best;
}

/** The note a reply/renote/reaction is about: a pure renote stands for the note it renotes. */
export function actionTarget(note: Note | undefined, noteId: string): string {
  if (note?.renote && !note.text && !note.cw && !(note.files && note.files.length > 0) && !note.poll) return note.renote.id;
  return noteId;
}

/**
 * What `v` opens or closes in a note, as Misskey's `v`: a renote folded to one line, else the CW,
 * else "Show more"/"Show less". Only the note's own toggles carry `data-fold` (not a quote's CW).
 */
export function foldToggleOf(note: HTMLElement): HTMLElement | null {
  for (const kind of ['renote', 'cw', 'more']) {
    const toggle = note.querySelector<HTMLElement>(`[data-fold="${kind}"]`);
    if (toggle) return toggle;
  }
  return null;
}

/**
 * TweetDeck-style keys over the deck: columns with ←/→ (h/l), notes with ↑/↓ (k/j) by roving focus,
 * Enter/o open, r/t/f reply/renote/react, v show more/less, n new note, ./Home to the top, ? help.
 */
export function useDeckKeyboard({ openHelp, closeOverlays }: { openHelp(): void; closeOverlays(): void }): void {
  const store = useAppStoreApi();
  useEffect(() => {
    /** Where each column's focus was, to come back to it. */
    const lastIndex = new Map<string, number>();
    let lastColumnId: string | null = null;

    const onFocusIn = (event: FocusEvent) => {
      const column = (event.target as Element | null)?.closest?.<HTMLElement>(columnSelector);
      if (!column) return;
      lastColumnId = column.dataset.columnId ?? null;
      const index = rowIndex(rowOf(event.target as Element));
      if (lastColumnId && index !== null) lastIndex.set(lastColumnId, index);
    };

    const currentColumn = (): HTMLElement | null => {
      const active = document.activeElement?.closest?.<HTMLElement>(columnSelector);
      if (active) return active;
      const columns = columnsInOrder();
      return columns.find((c) => c.dataset.columnId === lastColumnId) ?? columns[0] ?? null;
    };

    const enterColumn = (column: HTMLElement) => {
      const columnId = column.dataset.columnId!;
      lastColumnId = columnId;
      if (column.dataset.collapsed) {
        column.querySelector<HTMLElement>('button')?.focus();
        return;
      }
      const index = lastIndex.get(columnId) ?? firstVisibleIndex(column) ?? 0;
      const count = columnController(columnId)?.rowCount() ?? 0;
      if (count === 0) {
        column.querySelector<HTMLElement>('[data-column-settings-button]')?.focus();
        return;
      }
      const target = Math.min(index, count - 1);
      columnController(columnId)?.scrollToIndex(target);
      focusRow(column, target);
    };

    const focusedRef = (column: HTMLElement): NoteRef | null => {
      const item = document.activeElement?.closest?.<HTMLElement>('article[data-note-id], article[data-notification-id]');
      if (!item || !column.contains(item)) return null;
      const columnId = column.dataset.columnId!;
      const state = store.getState();
      if (item.dataset.notificationId) {
        const noteId = item.dataset.noteRef;
        const accountId = item.dataset.accountId;
        return noteId && accountId ? { accountId, noteId, columnId } : null;
      }
      const noteId = item.dataset.noteId!;
      const accountId = state.columns.find((c) => c.id === columnId)?.accountId;
      return accountId ? { accountId, noteId: actionTarget(state.notesById[noteId], noteId), columnId } : null;
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = shortcutFor(event, describeTarget(event.target));
      if (!action) return;
      const state = store.getState();
      if (action === 'help') {
        event.preventDefault();
        openHelp();
        return;
      }
      if (action === 'close') {
        closeOverlays();
        return;
      }
      if (action === 'compose') {
        const box = document.querySelector<HTMLTextAreaElement>('form.compose textarea');
        if (!box) return;
        event.preventDefault();
        box.focus();
        return;
      }
      if (action === 'chat' || action === 'chatNext' || action === 'chatPrevious') {
        const current = currentColumn();
        const chat = current?.dataset.columnKind === 'chat' ? current : document.querySelector<HTMLElement>('[data-column-id][data-column-kind="chat"]');
        if (!chat) return;
        event.preventDefault();
        if (action === 'chat') {
          chat.scrollIntoView({ block: 'nearest', inline: 'nearest' });
          enterColumn(chat);
        } else {
          stepChat(chat.dataset.columnId!, action === 'chatNext' ? 1 : -1);
        }
        return;
      }
      const column = currentColumn();
      if (!column) return;
      const columnId = column.dataset.columnId!;
      switch (action) {
        case 'columnLeft':
        case 'columnRight': {
          const columns = columnsInOrder();
          const at = columns.indexOf(column);
          const focusInside = column.contains(document.activeElement);
          const to = focusInside ? at + (action === 'columnLeft' ? -1 : 1) : at;
          const target = columns[to];
          if (!target) return;
          event.preventDefault();
          target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
          enterColumn(target);
          return;
        }
        case 'itemUp':
        case 'itemDown': {
          const controller = columnController(columnId);
          if (!controller) return;
          event.preventDefault();
          const focused = column.contains(document.activeElement) ? rowIndex(rowOf(document.activeElement)) : null;
          const start = focused ?? lastIndex.get(columnId) ?? null;
          const next = start === null ? (firstVisibleIndex(column) ?? 0) : nextIndex(start, action === 'itemUp' ? -1 : 1, controller.rowCount());
          if (next === null) return;
          controller.scrollToIndex(next);
          focusRow(column, next);
          return;
        }
        case 'top': {
          const controller = columnController(columnId);
          if (!controller) return;
          event.preventDefault();
          controller.scrollToTop();
          lastIndex.set(columnId, 0);
          requestAnimationFrame(() => focusRow(column, 0));
          return;
        }
        case 'fold': {
          const item = document.activeElement?.closest?.<HTMLElement>('article[data-note-id]');
          if (!item || !column.contains(item)) return;
          const toggle = foldToggleOf(item);
          if (!toggle) return;
          event.preventDefault();
          toggle.click();
          return;
        }
        case 'open':
        case 'reply':
        case 'renote':
        case 'react': {
          const ref = focusedRef(column);
          if (!ref) return;
          event.preventDefault();
          if (action === 'open') state.openNote(ref);
          else if (action === 'reply') state.requestReply(ref);
          else if (action === 'renote') state.requestRenote(ref);
          else state.requestReact(ref);
          return;
        }
      }
    };

    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [store, openHelp, closeOverlays]);
}
