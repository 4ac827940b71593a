import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** The note whose clips are being chosen (the account that sees it, and its id there). */
export const clipUi = createStore<{ target: { accountId: string; noteId: string } | null }>()(() => ({ target: null }));

export const useClipUi = <T>(selector: (s: { target: { accountId: string; noteId: string } | null }) => T): T => useStore(clipUi, selector);

export const clipUiActions = {
  open: (accountId: string, noteId: string) => clipUi.setState({ target: { accountId, noteId } }),
  close: () => clipUi.setState({ target: null }),
};
