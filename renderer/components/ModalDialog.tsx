import { useEffect, useEffectEvent, useRef, type ReactNode, type RefObject } from 'react';

interface ModalDialogProps {
  /** `alertdialog` for a confirmation that interrupts. */
  role?: 'dialog' | 'alertdialog';
  /** Id of the element that names the dialog (its heading). */
  labelledBy: string;
  describedBy?: string;
  className?: string;
  /** Called when the user closes it: Escape, or a button that calls it. */
  onClose(): void;
  /** What gets focus when it opens; else the first focusable element inside. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes on close if the element that had it before is gone. */
  fallbackFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

/**
 * A modal `<dialog>`: the page behind is inert, Escape closes it, focus moves in and, on close,
 * back to where it was. Mounted means open: the owner unmounts it to close it.
 */
export function ModalDialog({ role = 'dialog', labelledBy, describedBy, className, onClose, initialFocus, fallbackFocus, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const closed = useEffectEvent(() => onClose());
  const focusTargets = useEffectEvent(() => ({ initial: initialFocus?.current, fallback: fallbackFocus?.current }));

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Escape closes the dialog natively; tell the owner so it unmounts it.
    const onNativeClose = () => closed();
    dialog.addEventListener('close', onNativeClose);
    if (!dialog.open) dialog.showModal();
    focusTargets().initial?.focus();
    return () => {
      dialog.removeEventListener('close', onNativeClose);
      if (dialog.open) dialog.close();
      const back = opener?.isConnected && !opener.closest('dialog:not([open])') ? opener : focusTargets().fallback;
      back?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={className ? `modal ${className}` : 'modal'}
    >
      {children}
    </dialog>
  );
}
