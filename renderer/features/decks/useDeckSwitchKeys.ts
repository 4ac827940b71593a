import { useEffect } from 'react';
import { useAppStoreApi } from '../../store';

/** Ctrl+1…9 (Cmd on a Mac) shows deck 1…9, wherever focus is, except inside an open dialog. */
export function useDeckSwitchKeys(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.shiftKey || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
      if (!/^Digit[1-9]$/.test(event.code) && !/^[1-9]$/.test(event.key)) return;
      if ((event.target as Element | null)?.closest?.('dialog[open]')) return;
      const number = Number(event.code.startsWith('Digit') ? event.code.slice(5) : event.key);
      const state = store.getState();
      const deck = state.decks.decks[number - 1];
      if (!deck) return;
      event.preventDefault();
      if (deck.id !== state.decks.activeDeckId) void state.switchDeck(deck.id);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
