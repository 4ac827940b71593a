import { useTranslation } from 'react-i18next';
import { useAppState } from '../../store';

/** How MissDeck keeps sign-ins on this computer, in a sentence. */
export function TokenStorageLine() {
  const { t } = useTranslation();
  const storage = useAppState((s) => s.appStatus?.tokenStorage);
  if (!storage) return null;
  let text: string;
  if (storage.sessionOnly) text = t('tokenStorage.session');
  else if (storage.isStrong) text = t('tokenStorage.strong');
  else text = t('tokenStorage.weak');
  return (
    <p className="token-storage" data-token-storage={storage.sessionOnly ? 'session' : storage.isStrong ? 'strong' : 'weak'} title={storage.description}>
      {text}
    </p>
  );
}
