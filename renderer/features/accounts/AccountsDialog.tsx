import { useTranslation } from 'react-i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useAppState } from '../../store';
import { ModalDialog } from '../../components/ModalDialog';
import { AccountRow } from './AccountRow';
import { RemoveAccountDialog } from './RemoveAccountDialog';
import { TokenStorageLine } from './TokenStorageLine';
import { ModalHeader } from '../../components/ModalHeader';

/** Every signed-in account, in order: reorder, make default, sign in again, remove, add. */
export function AccountsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const accounts = useAppState((s) => s.accounts);
  const notice = useAppState((s) => s.accountsNotice);
  const clearNotice = useAppState((s) => s.clearAccountsNotice);
  const showAddAccount = useAppState((s) => s.showAddAccount);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const removing = accounts.find((a) => a.id === removingId);

  // A message from before the dialog opened is stale.
  useEffect(() => {
    clearNotice();
  }, [clearNotice]);

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="accounts-dialog" fallbackFocus={headingRef}>
      <ModalHeader titleId={titleId} onClose={onClose} headingRef={headingRef}>
        {t('accounts.title')}
      </ModalHeader>
      <ol className="account-rows" aria-label={t('accounts.signedIn')}>
        {accounts.map((account, index) => (
          <AccountRow
            key={account.id}
            account={account}
            index={index}
            count={accounts.length}
            onRemove={() => setRemovingId(account.id)}
          />
        ))}
      </ol>
      <p role="status" className={notice?.kind === 'error' ? 'accounts-status form-error' : 'accounts-status'}>
        {notice?.message}
      </p>
      <footer className="modal-footer">
        <TokenStorageLine />
        <button type="button" className="primary-button" onClick={showAddAccount}>
          {t('accounts.add')}
        </button>
      </footer>
      {removing && <RemoveAccountDialog account={removing} onClose={() => setRemovingId(null)} fallbackFocus={headingRef} />}
    </ModalDialog>
  );
}
