import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode, type RefObject } from 'react';
import { handleMenuKeyDown } from '../../components/menuKeyboard';
import { createPortal } from 'react-dom';

export interface MenuItem {
  label: string;
  onSelect(): void;
  danger?: boolean;
  disabled?: boolean;
  /** Keeps the menu open (the item changes what it shows: a submenu). */
  keepOpen?: boolean;
  /** The item opens a submenu. */
  submenu?: boolean;
}

interface MenuProps {
  label: string;
  items: readonly MenuItem[];
  anchor: RefObject<HTMLElement | null>;
  onClose(refocus: boolean): void;
}

/**
 * An ARIA menu next to its button, drawn in a portal (so a column's scroll box does not clip it),
 * inside the open modal dialog when the button is in one (outside it, it would be inert).
 * ↑/↓/Home/End move, Enter/Space choose, Escape closes and returns focus to the button.
 */
export function Menu({ label, items, anchor, onClose }: MenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const host = anchor.current?.closest('dialog[open]') ?? document.body;

  useLayoutEffect(() => {
    const button = anchor.current;
    const menu = ref.current;
    if (!button || !menu) return;
    const b = button.getBoundingClientRect();
    const width = menu.offsetWidth;
    const height = menu.offsetHeight;
    const below = b.bottom + 4;
    const top = below + height > window.innerHeight - 8 ? Math.max(8, b.top - height - 4) : below;
    const left = Math.min(Math.max(8, b.left), window.innerWidth - width - 8);
    setPos({ top, left });
  }, [anchor, items]);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [items]);

  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (ref.current?.contains(target) || anchor.current?.contains(target)) return;
      onClose(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [anchor, onClose]);

  const onKeyDown = (event: ReactKeyboardEvent) => handleMenuKeyDown(event, ref.current, onClose);

  const menu: ReactNode = (
    <div
      ref={ref}
      role="menu"
      aria-label={label}
      className="note-menu"
      onKeyDown={onKeyDown}
      style={{ position: 'fixed', top: pos?.top ?? -9999, left: pos?.left ?? -9999 }}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          aria-disabled={item.disabled || undefined}
          aria-haspopup={item.submenu ? 'menu' : undefined}
          className={item.danger ? 'danger' : undefined}
          onClick={() => {
            if (item.disabled) return;
            if (!item.keepOpen) onClose(true);
            item.onSelect();
          }}
        >
          {item.label}
          {item.submenu && <span aria-hidden="true"> ›</span>}
        </button>
      ))}
    </div>
  );
  return createPortal(menu, host);
}
