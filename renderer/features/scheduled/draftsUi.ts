import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** The scheduled-notes list, and a server draft just opened into the deck's composer (it remounts to read it). */
export interface DraftsUiState {
  listOpen: boolean;
  opened: { accountId: string; seq: number } | null;
}

export const draftsUi = createStore<DraftsUiState>()(() => ({ listOpen: false, opened: null }));

export const useDraftsUi = <T>(selector: (s: DraftsUiState) => T): T => useStore(draftsUi, selector);

export const draftsUiActions = {
  openList: () => draftsUi.setState({ listOpen: true }),
  closeList: () => draftsUi.setState({ listOpen: false }),
  openedInComposer: (accountId: string) => draftsUi.setState((s) => ({ opened: { accountId, seq: (s.opened?.seq ?? 0) + 1 } })),
};
