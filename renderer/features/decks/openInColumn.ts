import type { ColumnParams } from '../../../shared/model/column';
import { getBridge } from '../../bridge';

const columnSelector = 'main.deck-columns section[data-column-id]';

/** The column the user last clicked or focused in, and the element: where a new column goes, and where focus returns. */
let origin: { columnId: string; element: HTMLElement } | null = null;
/** Columns opened from another: the element focus returns to when they close. */
const openers = new Map<string, { columnId: string; element: HTMLElement }>();

function noteOrigin(event: Event): void {
  const target = event.target instanceof Element ? event.target : null;
  // What focus can return to: the button or link pressed, not the image inside it.
  const element = target?.closest<HTMLElement>('button, a[href], [tabindex], article') ?? null;
  const section = element?.closest<HTMLElement>(columnSelector);
  if (element && section?.dataset.columnId) origin = { columnId: section.dataset.columnId, element };
}

/** The column the user was last in, if it is still there to open beside. */
export const originColumnId = (): string | null => origin?.columnId ?? null;

let listening = false;
/** Starts following where the user is (once, for the app's life). */
export function followColumnOrigin(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('pointerdown', noteOrigin, true);
  document.addEventListener('focusin', noteOrigin, true);
}

/** The place right of the origin column's slot, in the deck's order, or null without an origin on screen. */
function placeRightOfOrigin(from: { columnId: string }): number | null {
  const sections = [...document.querySelectorAll<HTMLElement>(columnSelector)];
  let at = sections.findIndex((s) => s.dataset.columnId === from.columnId);
  if (at < 0) return null;
  while (sections[at + 1]?.dataset.stacked !== undefined) at += 1;
  return at + 1;
}

/** Focus the column once the deck shows it (a few frames at most). */
export function focusColumn(columnId: string, tries = 30): void {
  const section = document.querySelector<HTMLElement>(`${columnSelector}[data-column-id="${columnId}"]`);
  if (!section) {
    if (tries > 0) requestAnimationFrame(() => focusColumn(columnId, tries - 1));
    return;
  }
  section.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  section.querySelector<HTMLElement>('[data-column-settings-button]')?.focus({ preventScroll: true });
}

/**
 * Adds a column right of the column the user was in (else at the end), shows and focuses it, and
 * remembers where focus was so that closing it returns there. Null when the core refused it.
 */
export async function addColumnBesideOrigin(accountId: string, kind: 'user' | 'hashtag' | 'search' | 'thread', params: ColumnParams) {
  const from = origin;
  const bridge = getBridge();
  const added = await bridge.commands['deck.addColumn']({ accountId, kind, params });
  if (!added.ok) return added;
  const toIndex = from ? placeRightOfOrigin(from) : null;
  if (toIndex !== null) await bridge.commands['deck.moveColumn']({ columnId: added.value.id, toIndex });
  if (from) openers.set(added.value.id, from);
  focusColumn(added.value.id);
  return added;
}

/** A column going away: if it was opened from another and had focus, focus goes back where it was. */
export function columnClosing(columnId: string, hadFocus: boolean): void {
  const opener = openers.get(columnId);
  openers.delete(columnId);
  if (!opener || !hadFocus) return;
  requestAnimationFrame(() => {
    if (opener.element.isConnected) {
      // A note (its avatar was clicked) takes focus as the deck's keys give it: programmatically.
      if (opener.element.tagName === 'ARTICLE' && !opener.element.hasAttribute('tabindex')) opener.element.tabIndex = -1;
      opener.element.focus();
    }
    else focusColumn(opener.columnId, 0);
  });
}
