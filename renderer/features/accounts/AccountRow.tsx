import { useTranslation } from 'react-i18next';
import { useId, useRef } from 'react';
import type { AccountView } from '../../../shared/model/account';
import { accountAcct } from '../../lib/acct';
import { safeWebUrl } from '../../lib/safeUrl';
import { useAppState, useAppStoreApi } from '../../store';
import { AnnouncementsButton } from '../announcements/AnnouncementsButton';
import { Avatar } from '../notes/Avatar';
import { DesktopNotificationsSwitch } from '../notifications/DesktopNotificationsSwitch';

interface AccountRowProps {
  account: AccountView;
  index: number;
  count: number;
  onRemove(): void;
}

/** One account in the Accounts dialog: who, on which server, its state, and what can be done with it. */
export function AccountRow({ account, index, count, onRemove }: AccountRowProps) {
  const { t } = useTranslation();
  const acctId = useId();
  const rowRef = useRef<HTMLLIElement>(null);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const store = useAppStoreApi();
  const reorderAccounts = useAppState((s) => s.reorderAccounts);
  const setDefaultAccount = useAppState((s) => s.setDefaultAccount);
  const signInAgain = useAppState((s) => s.signInAgain);
  const acct = accountAcct(account);
  const serverIcon = safeWebUrl(account.serverIconUrl);

  const move = async (by: -1 | 1) => {
    const ids = store.getState().accounts.map((a) => a.id);
    const from = ids.indexOf(account.id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    // The button that moved it to an end becomes disabled: keep focus on the row's other one.
    const atEnd = to === 0 || to === ids.length - 1;
    await reorderAccounts(ids);
    if (atEnd) (by < 0 ? downRef : upRef).current?.focus();
  };

  const makeDefault = async () => {
    await setDefaultAccount(account.id);
    // The button goes away with its purpose; the row keeps focus.
    rowRef.current?.focus();
  };

  return (
    <li
      ref={rowRef}
      tabIndex={-1}
      className="account-row"
      data-account-id={account.id}
      data-default={account.isDefault || undefined}
      data-needs-reauth={account.needsReauth || undefined}
      aria-labelledby={acctId}
    >
      <Avatar url={account.avatarUrl} size={40} />
      <div className="account-row-main">
        <div className="account-row-name">
          <span className="account-row-display">{account.name?.trim() || account.username}</span>
          {account.isDefault && <span className="marker marker-default">{t('accounts.default')}</span>}
          {account.needsReauth && <span className="marker marker-reauth">{t('accounts.needsSignIn')}</span>}
        </div>
        <div className="account-row-acct" id={acctId}>
          {acct}
        </div>
        <div className="account-row-server">
          {serverIcon && (
            <img className="server-icon" src={serverIcon} alt="" width={14} height={14} referrerPolicy="no-referrer" />
          )}
          <span>{account.serverName?.trim() || account.host}</span>
        </div>
        <DesktopNotificationsSwitch accountId={account.id} describedBy={acctId} />
      </div>
      <div className="account-row-actions">
        <div className="account-row-order">
          <button
            ref={upRef}
            type="button"
            className="icon-button"
            aria-label={t('accounts.moveUp')}
            aria-describedby={acctId}
            title={t('accounts.moveUp')}
            disabled={index === 0}
            onClick={() => void move(-1)}
          >
            ↑
          </button>
          <button
            ref={downRef}
            type="button"
            className="icon-button"
            aria-label={t('accounts.moveDown')}
            aria-describedby={acctId}
            title={t('accounts.moveDown')}
            disabled={index === count - 1}
            onClick={() => void move(1)}
          >
            ↓
          </button>
        </div>
        {account.needsReauth && (
          <button type="button" className="primary-button small" aria-describedby={acctId} onClick={() => void signInAgain(account.id)}>
            {t('accounts.signInAgain')}
          </button>
        )}
        {!account.isDefault && (
          <button type="button" className="secondary-button small" aria-describedby={acctId} onClick={() => void makeDefault()}>
            {t('accounts.makeDefault')}
          </button>
        )}
        {!account.needsReauth && <AnnouncementsButton accountId={account.id} describedBy={acctId} />}
        <button type="button" className="secondary-button small danger" aria-describedby={acctId} onClick={onRemove}>
          {t('accounts.remove')}
        </button>
      </div>
    </li>
  );
}
