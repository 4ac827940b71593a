import type { SignInAttemptView } from '../../../shared/model/account';
import { safeWebUrl } from '../../lib/safeUrl';
import { serverHost } from './serverHost';

/** While MiAuth waits for the user in the browser. Reject there tells us nothing: hence Cancel. */
export function SignInPending({ attempt, onCancel }: { attempt: SignInAttemptView; onCancel: () => void }) {
  const authUrl = safeWebUrl(attempt.authUrl);
  return (
    <div className="signin-pending" role="status">
      <span className="spinner" aria-hidden="true" />
      <p>Waiting for you to approve MissDeck on {serverHost(attempt.server)}…</p>
      <p className="signin-hint">A sign-in page has opened in your browser. Choose Accept there to add the account.</p>
      <div className="form-actions">
        {authUrl && (
          <a href={authUrl} target="_blank" rel="noopener noreferrer">
            Open the sign-in page again
          </a>
        )}
        <button type="button" className="secondary-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
