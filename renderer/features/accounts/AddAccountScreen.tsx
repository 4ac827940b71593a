import { useTranslation } from 'react-i18next';
import { useId, useState, type FormEvent } from 'react';
import { useAppState } from '../../store';
import { signInEndMessage } from '../../store/signInSlice';
import { accountAcct } from '../../lib/acct';
import { NoticeStrip } from '../app/NoticeStrip';
import { SignInPending } from './SignInPending';

/** Sign in to a Misskey server with MiAuth. Shown with no accounts, or from the side bar. */
export function AddAccountScreen() {
  const { t } = useTranslation();
  const inputId = useId();
  const reauthAccount = useAppState((s) => s.accounts.find((a) => a.id === s.reauthAccountId));
  const [server, setServer] = useState(() => reauthAccount?.host ?? '');
  const attempt = useAppState((s) => (s.currentAttemptId ? s.signInAttempts[s.currentAttemptId] : undefined));
  const starting = useAppState((s) => s.signInStarting);
  const startError = useAppState((s) => s.signInError);
  const hasAccounts = useAppState((s) => s.accounts.length > 0);
  const startSignIn = useAppState((s) => s.startSignIn);
  const cancelSignIn = useAppState((s) => s.cancelSignIn);
  const showDeck = useAppState((s) => s.showDeck);
  // E.g. after removing the last account: what became of it.
  const accountsNotice = useAppState((s) => s.accountsNotice);

  const pending = attempt?.status === 'pending' || attempt?.status === 'succeeded';
  const error = startError ?? (attempt ? signInEndMessage(attempt) : null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (server.trim()) void startSignIn(server);
  };

  return (
    <main className="signin-screen">
      <div className="signin-card">
        <h1>
          <span className="brand">{t('app.name')}</span>
          {reauthAccount ? t('signIn.againAs', { acct: accountAcct(reauthAccount) }) : t('signIn.title')}
        </h1>
        <NoticeStrip placement="card" />
        {accountsNotice && (
          <p role="status" className={accountsNotice.kind === 'error' ? 'form-error signin-status' : 'signin-status'}>
            {accountsNotice.message}
          </p>
        )}
        {pending && attempt ? (
          <SignInPending attempt={attempt} onCancel={() => void cancelSignIn()} />
        ) : (
          <form className="signin-form" onSubmit={onSubmit}>
            <label htmlFor={inputId}>{t('signIn.server')}</label>
            <div className="signin-row">
              <input
                id={inputId}
                type="text"
                inputMode="url"
                autoComplete="url"
                autoCapitalize="off"
                spellCheck={false}
                autoFocus
                placeholder={t('signIn.serverPlaceholder')}
                value={server}
                onChange={(e) => setServer(e.target.value)}
                disabled={starting}
              />
              <button type="submit" className="primary-button" disabled={starting || !server.trim()}>
                {t('signIn.submit')}
              </button>
            </div>
            {error && (
              <p role="alert" className="form-error">
                {error}
              </p>
            )}
            <p className="signin-hint">{t('signIn.hint')}</p>
            {reauthAccount && (
              <p className="signin-hint">{t('signIn.reauthHint', { acct: accountAcct(reauthAccount) })}</p>
            )}
          </form>
        )}
        {hasAccounts && !pending && (
          <button type="button" className="link-button" onClick={showDeck}>
            {t('signIn.backToDeck')}
          </button>
        )}
      </div>
    </main>
  );
}
