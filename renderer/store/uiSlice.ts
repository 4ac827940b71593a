import type { SignInAttemptView } from '../../shared/model/account';
import type { SliceCreator } from './types';

export type View = 'deck' | 'addAccount';

export interface UiSlice {
  /** Which screen shows when there are accounts (with none, it is always add-account). */
  view: View;
  showAddAccount(): void;
  showDeck(): void;
  /** After a successful sign-in: fresh accounts and deck (the core gives a new account a home column). */
  completeSignIn(attempt: SignInAttemptView): Promise<void>;
}

export const createUiSlice: SliceCreator<UiSlice> = () => (set, get) => ({
  view: 'deck',
  showAddAccount() {
    get().resetSignIn();
    set({ view: 'addAccount', accountsNotice: null });
  },
  showDeck() {
    set({ view: 'deck' });
  },
  async completeSignIn() {
    await Promise.all([get().loadAccounts(), get().loadDeck()]);
    get().resetSignIn();
    set({ view: 'deck' });
  },
});
