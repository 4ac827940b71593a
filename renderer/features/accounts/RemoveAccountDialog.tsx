import { useTranslation } from 'react-i18next';
import { useId, useRef, useState, type RefObject } from 'react';
import type { AccountView, ColumnsOnRemoval } from '../../../shared/model/account';
import { accountAcct } from '../../lib/acct';
import { useAppState } from '../../store';
import { ModalDialog } from '../../components/ModalDialog';

/** Confirm removing an account, and choose what becomes of its columns. */
interface RemoveAccountDialogProps {
  account: AccountView;
  onClose(): void;
  /** Where focus goes once the account, and so the button that opened this, is gone. */
  fallbackFocus?: RefObject<HTMLElement | null>;
}

export function RemoveAccountDialog({ account, onClose, fallbackFocus }: RemoveAccountDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const removeAccount = useAppState((s) => s.removeAccount);
  const columnCount = useAppState((s) => s.columns.filter((c) => c.accountId === account.id).length);
  const [busy, setBusy] = useState(false);
  const acct = accountAcct(account);

  const remove = async (columns: ColumnsOnRemoval) => {
    setBusy(true);
    await removeAccount(account.id, columns);
    // The outcome shows in the Accounts dialog's status line.
    onClose();
  };

  const columnsText = t('removeAccount.columns', { count: columnCount });

  return (
    <ModalDialog
      role="alertdialog"
      labelledBy={titleId}
      describedBy={descId}
      onClose={onClose}
      initialFocus={cancelRef}
      fallbackFocus={fallbackFocus}
      className="confirm-dialog"
    >
      <h2 id={titleId}>{t('removeAccount.title', { acct })}</h2>
      <div id={descId} className="confirm-text">
        <p>
          {account.needsReauth
            ? t('removeAccount.forgetBroken')
            : t('removeAccount.forgetAndRevoke', { host: account.host })}{' '}
          {columnsText}
        </p>
      </div>
      <div className="confirm-actions" aria-busy={busy}>
        <button type="button" className="danger-button" disabled={busy} onClick={() => void remove('remove')}>
          {t('removeAccount.removeWithColumns')}
        </button>
        <button type="button" className="secondary-button" disabled={busy} onClick={() => void remove('keep')}>
          {t('removeAccount.keepColumns')}
        </button>
        <button type="button" ref={cancelRef} className="secondary-button" disabled={busy} onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
