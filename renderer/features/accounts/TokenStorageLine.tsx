import { useAppState } from '../../store';

/** How MissDeck keeps sign-ins on this computer, in a sentence. */
export function TokenStorageLine() {
  const storage = useAppState((s) => s.appStatus?.tokenStorage);
  if (!storage) return null;
  let text: string;
  if (storage.sessionOnly) text = 'Sign-ins are kept for this session only: sign in again after restarting MissDeck.';
  else if (storage.isStrong) text = "Sign-ins are saved encrypted with the system's keyring.";
  else text = 'Sign-ins are saved on this computer, obfuscated only: no system keyring is available.';
  return (
    <p className="token-storage" data-token-storage={storage.sessionOnly ? 'session' : storage.isStrong ? 'strong' : 'weak'} title={storage.description}>
      {text}
    </p>
  );
}
