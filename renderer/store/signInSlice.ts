import { localizedRecord, t } from '../i18n';
import type { SignInAttemptView } from '../../shared/model/account';
import { coreText } from '../i18n/coreText';
import type { SliceCreator } from './types';

export interface SignInSlice {
  /** Every attempt seen this session, by attempt id. */
  signInAttempts: Record<string, SignInAttemptView>;
  /** The attempt the add-account screen follows. */
  currentAttemptId: string | null;
  /** `accounts.signIn` has been called and not yet answered. */
  signInStarting: boolean;
  /** Why the last `accounts.signIn` call failed (a sentence), if it did. */
  signInError: string | null;
  /** The account this sign-in renews, when it is one that must sign in again. */
  reauthAccountId: string | null;
  startSignIn(server: string): Promise<void>;
  cancelSignIn(): Promise<void>;
  applySignInProgress(attempt: SignInAttemptView): void;
  resetSignIn(): void;
}

const finishedMessage: Readonly<Record<Exclude<SignInAttemptView['status'], 'pending' | 'succeeded'>, string>> = localizedRecord(
  ['denied', 'expired', 'cancelled', 'failed'],
  (status) => t(`signIn.end.${status}`),
);

/** The sentence to show for an attempt that ended without an account. */
export function signInEndMessage(attempt: SignInAttemptView): string | null {
  if (attempt.status === 'pending' || attempt.status === 'succeeded') return null;
  return attempt.reason ? coreText(attempt.reason) : finishedMessage[attempt.status];
}

export const createSignInSlice: SliceCreator<SignInSlice> = (api) => (set, get) => ({
  signInAttempts: {},
  currentAttemptId: null,
  signInStarting: false,
  signInError: null,
  reauthAccountId: null,
  async startSignIn(server) {
    set({ signInStarting: true, signInError: null, currentAttemptId: null });
    const result = await api.commands['accounts.signIn']({ server: server.trim() });
    if (!result.ok) {
      set({ signInStarting: false, signInError: coreText(result.error) });
      return;
    }
    const attempt = result.value;
    // A progress event may have overtaken the answer: keep the later status.
    const known = get().signInAttempts[attempt.attemptId];
    const latest = known && known.status !== 'pending' ? known : attempt;
    set((s) => ({
      signInStarting: false,
      currentAttemptId: attempt.attemptId,
      signInAttempts: { ...s.signInAttempts, [attempt.attemptId]: latest },
    }));
    if (latest.status === 'succeeded') await get().completeSignIn(latest);
  },
  async cancelSignIn() {
    const id = get().currentAttemptId;
    if (!id) return;
    const result = await api.commands['accounts.cancelSignIn']({ attemptId: id });
    if (!result.ok) set({ signInError: coreText(result.error) });
  },
  applySignInProgress(attempt) {
    set((s) => ({ signInAttempts: { ...s.signInAttempts, [attempt.attemptId]: attempt } }));
    if (attempt.status === 'succeeded' && get().currentAttemptId === attempt.attemptId) {
      void get().completeSignIn(attempt);
    }
  },
  resetSignIn() {
    set({ currentAttemptId: null, signInError: null, signInStarting: false, reauthAccountId: null });
  },
});
