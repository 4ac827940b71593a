import { useTranslation } from 'react-i18next';
import { useAppState } from '../../store';

/** In place of an imported column's feed: its account (`@user@host`) is not signed in here; offer to sign in. */
export function MissingAccountNotice({ acct }: { acct: string }) {
  const { t } = useTranslation();
  const showAddAccount = useAppState((s) => s.showAddAccount);
  const startSignIn = useAppState((s) => s.startSignIn);
  const host = acct.split('@')[2] ?? '';
  return (
    <div className="column-notice column-notice-warn">
      <p data-column-notice="missing-account">{t('decks.missing.notice', { acct })}</p>
      <button
        type="button"
        className="secondary-button small"
        onClick={() => {
          showAddAccount();
          void startSignIn(host);
        }}
      >
        {t('decks.missing.signIn', { host })}
      </button>
    </div>
  );
}
