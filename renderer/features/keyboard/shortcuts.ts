/** What a key asks the deck to do (TweetDeck-style). */
export type ShortcutAction =
  | 'columnLeft'
  | 'columnRight'
  | 'itemUp'
  | 'itemDown'
  | 'open'
  | 'reply'
  | 'renote'
  | 'react'
  | 'fold'
  | 'compose'
  | 'top'
  | 'help'
  | 'close'
  | 'chat'
  | 'chatNext'
  | 'chatPrevious';

export interface Shortcut {
  action: ShortcutAction;
  /** `KeyboardEvent.key` values that trigger it. */
  keys: readonly string[];
  /** How the help overlay shows the keys (what it says comes from the catalogue: `shortcuts.action.<action>`). */
  display: readonly string[];
}

/** Every deck shortcut, once: the handler and the help overlay both read this. */
export const shortcuts: readonly Shortcut[] = [
  { action: 'columnLeft', keys: ['ArrowLeft', 'h'], display: ['←', 'h'] },
  { action: 'columnRight', keys: ['ArrowRight', 'l'], display: ['→', 'l'] },
  { action: 'itemUp', keys: ['ArrowUp', 'k'], display: ['↑', 'k'] },
  { action: 'itemDown', keys: ['ArrowDown', 'j'], display: ['↓', 'j'] },
  { action: 'open', keys: ['Enter', 'o'], display: ['Enter', 'o'] },
  { action: 'reply', keys: ['r'], display: ['r'] },
  { action: 'renote', keys: ['t'], display: ['t'] },
  { action: 'react', keys: ['f', '+'], display: ['f', '+'] },
  // Misskey's key for "show more" / CW / a folded renote.
  { action: 'fold', keys: ['v'], display: ['v'] },
  { action: 'compose', keys: ['n'], display: ['n'] },
  { action: 'top', keys: ['.', 'Home'], display: ['.', 'Home'] },
  { action: 'help', keys: ['?'], display: ['?'] },
  { action: 'close', keys: ['Escape'], display: ['Esc'] },
  { action: 'chat', keys: ['c'], display: ['c'] },
  { action: 'chatNext', keys: [']'], display: [']'] },
  { action: 'chatPrevious', keys: ['['], display: ['['] },
];

/** Also, with a column focused: Alt+Shift+←/→ moves the column (handled by the column itself). */
export const columnMoveShortcut = { display: ['Alt', 'Shift', '←/→'] } as const;

const byKey = new Map<string, ShortcutAction>(shortcuts.flatMap((s) => s.keys.map((k) => [k, s.action] as const)));

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  isComposing?: boolean;
  keyCode?: number;
}

export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
  role?: string | null;
  /** Inside an open dialog or menu, which handle their own keys. */
  inOverlay?: boolean;
}

const textInputTypes = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time', 'datetime-local', 'month', 'week', '']);

/** Typing in a field (or composing with an IME) must never trigger a shortcut. */
export function isTypingTarget(target: TargetLike | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return textInputTypes.has((target.type ?? '').toLowerCase());
  return target.role === 'textbox' || target.role === 'combobox';
}

/** The action a key press asks for, or null (not a shortcut, typing, composing, modified, or a control's own key). */
export function shortcutFor(event: KeyLike, target: TargetLike | null | undefined): ShortcutAction | null {
  if (event.isComposing || event.keyCode === 229) return null;
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(target)) return null;
  const action = byKey.get(event.key.length === 1 && event.key !== '?' && event.key !== '+' ? event.key.toLowerCase() : event.key) ?? null;
  if (!action) return null;
  // Dialogs and menus own their keys (Escape closes them natively).
  if (target?.inOverlay) return null;
  const tag = target?.tagName?.toUpperCase();
  // Enter on a button or link activates it; arrows on a radio or in a menu move within it.
  if (event.key === 'Enter' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || tag === 'INPUT')) return null;
  if (event.key.startsWith('Arrow') && (tag === 'INPUT' || target?.role === 'menuitem' || target?.role === 'radio' || target?.role === 'slider')) return null;
  return action;
}

/** Describe a DOM event target for `shortcutFor`. */
export function describeTarget(target: EventTarget | null): TargetLike | null {
  if (!target || !(target instanceof Element)) return null;
  const el = target as HTMLElement;
  return {
    tagName: el.tagName,
    isContentEditable: el.isContentEditable,
    type: el instanceof HTMLInputElement ? el.type : undefined,
    role: el.getAttribute('role'),
    inOverlay: !!el.closest('dialog[open], [role="menu"]'),
  };
}

/** The row to go to from `current` (null: none focused yet) by `delta`, within `count` rows. */
export function nextIndex(current: number | null, delta: -1 | 1, count: number): number | null {
  if (count <= 0) return null;
  if (current === null) return delta > 0 ? 0 : 0;
  return Math.max(0, Math.min(count - 1, current + delta));
}
