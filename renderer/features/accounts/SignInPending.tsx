import { useTranslation } from 'react-i18next';
import type { SignInAttemptView } from '../../../shared/model/account';
import { safeWebUrl } from '../../lib/safeUrl';
import { serverHost } from './serverHost';

/** While MiAuth waits for the user in the browser. Reject there tells us nothing: hence Cancel. */
export function SignInPending({ attempt, onCancel }: { attempt: SignInAttemptView; onCancel: () => void }) {
  const { t } = useTranslation();
  const authUrl = safeWebUrl(attempt.authUrl);
  return (
    <div className="signin-pending" role="status">
      <span className="spinner" aria-hidden="true" />
      <p>{t('signIn.waiting', { host: serverHost(attempt.server) })}</p>
      <p className="signin-hint">{t('signIn.pageOpened')}</p>
      <div className="form-actions">
        {authUrl && (
          <a href={authUrl} target="_blank" rel="noopener noreferrer">
            {t('signIn.openAgain')}
          </a>
        )}
        <button type="button" className="secondary-button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
