import { useEffect } from 'react';
import { getBridge } from '../../bridge';
import { useAppState } from '../../store';
import { mutesActions, useLoadMutes } from './state/mutesStore';

/** Keeps every account's mutes current: read once per account, then as the core pushes changes. */
export function useMutesSync(): void {
  const accounts = useAppState((s) => s.accounts);
  useEffect(() => getBridge().on('mutes.changed', (mutes) => mutesActions.apply(mutes)), []);
  useLoadMutes(accounts);
}
