import { useTranslation } from 'react-i18next';
import { useAppState } from '../../store';

/** An account signed in before MissDeck asked for chat: one clear way forward instead of errors. */
export function ChatSignInNotice({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const signInAgain = useAppState((s) => s.signInAgain);
  return (
    <div className="column-note column-note-warn chat-signin" role="status" data-chat-needs-signin>
      <p>{t('chat.needsSignIn')}</p>
      <button type="button" className="primary-button small" onClick={() => void signInAgain(accountId)}>
        {t('accounts.signInAgain')}
      </button>
    </div>
  );
}
