import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface ModalHeaderProps {
  /** The id `ModalDialog`'s `labelledBy` names. */
  titleId: string;
  children: ReactNode;
  onClose(): void;
  /** For dialogs that move focus to their heading when they open. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** A dialog's heading and its × close button (Escape does the same). */
export function ModalHeader({ titleId, children, onClose, headingRef }: ModalHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="modal-header">
      <h2 id={titleId} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {children}
      </h2>
      <button type="button" className="icon-button" aria-label={t('common.close')} title={t('common.closeEsc')} onClick={onClose}>
        ×
      </button>
    </header>
  );
}
