import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { AccountMutes } from '../../../../shared/model/mutes';
import type { UserLite } from '../../../../shared/model/content';
import { getBridge } from '../../../bridge';
import { createMuteFilter, type MuteFilter } from '../muteFilter';

/** A dialog the note and profile menus open: mute with a duration, block, report. */
export interface ModerationDialog {
  kind: 'mute' | 'block' | 'report';
  accountId: string;
  user: Pick<UserLite, 'id' | 'username' | 'host' | 'name'>;
}

interface MutesState {
  mutes: Record<string, AccountMutes>;
  /** Built once per change of an account's mutes; every note of the account asks it. */
  filters: Record<string, MuteFilter>;
  dialog: ModerationDialog | null;
}

export const mutesStore = createStore<MutesState>()(() => ({ mutes: {}, filters: {}, dialog: null }));

const inFlight = new Set<string>();
/** The viewer's own user id per account, so their own notes are never muted. */
const myUserIds = new Map<string, string>();

export const mutesActions = {
  /** An account's mutes from the core (`mutes.get`, `mutes.changed`, or a command's answer). */
  apply(mutes: AccountMutes) {
    if (!mutes || typeof mutes.accountId !== 'string') return;
    const filter = createMuteFilter(mutes, myUserIds.get(mutes.accountId) ?? null);
    mutesStore.setState((s) => ({ mutes: { ...s.mutes, [mutes.accountId]: mutes }, filters: { ...s.filters, [mutes.accountId]: filter } }));
  },
  /** Asks the core once per account (it then pushes every change). */
  async load(accountId: string, myUserId: string | undefined) {
    if (myUserId && myUserIds.get(accountId) !== myUserId) {
      myUserIds.set(accountId, myUserId);
      const known = mutesStore.getState().mutes[accountId];
      if (known) mutesActions.apply(known);
    }
    if (inFlight.has(accountId) || mutesStore.getState().mutes[accountId]?.loaded) return;
    inFlight.add(accountId);
    try {
      const result = await getBridge().commands['mutes.get']({ accountId });
      if (result.ok && result.value) mutesActions.apply(result.value);
    } finally {
      inFlight.delete(accountId);
    }
  },
  openDialog: (dialog: ModerationDialog) => mutesStore.setState({ dialog }),
  closeDialog: () => mutesStore.setState({ dialog: null }),
  /** For tests. */
  reset() {
    inFlight.clear();
    myUserIds.clear();
    mutesStore.setState({ mutes: {}, filters: {}, dialog: null }, true);
  },
};

const noMutes = createMuteFilter(undefined, null);

/** The account's compiled mutes (nothing muted until the core has answered, or without an account). */
export function useMuteFilter(accountId: string | null | undefined): MuteFilter {
  return useStore(mutesStore, (s) => (accountId ? s.filters[accountId] : undefined)) ?? noMutes;
}

export function useAccountMutes(accountId: string | null | undefined): AccountMutes | undefined {
  return useStore(mutesStore, (s) => (accountId ? s.mutes[accountId] : undefined));
}

export const useModerationDialog = () => useStore(mutesStore, (s) => s.dialog);

/** Loads the mutes of every account (mounted once, beside the deck). */
export function useLoadMutes(accounts: readonly { id: string; userId: string; needsReauth: boolean }[]): void {
  useEffect(() => {
    for (const account of accounts) if (!account.needsReauth) void mutesActions.load(account.id, account.userId);
  }, [accounts]);
}
