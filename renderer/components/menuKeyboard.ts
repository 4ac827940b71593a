import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

/**
 * The WAI-ARIA menu keys: arrows, Home and End move between the enabled items (wrapping), Escape
 * closes and returns focus to the opener, Tab closes and lets focus move on.
 */
export function handleMenuKeyDown(event: ReactKeyboardEvent, menu: HTMLElement | null, onClose: (returnFocus: boolean) => void): void {
  const items = [...(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])') ?? [])];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const go = (i: number) => items[(i + items.length) % items.length]?.focus();
  switch (event.key) {
    case 'ArrowDown':
      go(at + 1);
      break;
    case 'ArrowUp':
      go(at - 1);
      break;
    case 'Home':
      go(0);
      break;
    case 'End':
      go(items.length - 1);
      break;
    case 'Escape':
      onClose(true);
      break;
    case 'Tab':
      onClose(false);
      return;
    default:
      return;
  }
  event.preventDefault();
  event.stopPropagation();
}
