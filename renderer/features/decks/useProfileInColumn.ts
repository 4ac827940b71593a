import { useEffect } from 'react';
import { getBridge } from '../../bridge';
import { t } from '../../i18n';
import { userAcct } from '../../lib/acct';
import { notesUiActions, type ProfileTarget } from '../notes/state/notesUi';
import { sayActionFailed } from '../notes/state/noteActions';
import { useSetting } from '../settings/settingsStore';
import { addColumnBesideOrigin } from './openInColumn';

async function openUserColumn(target: ProfileTarget): Promise<void> {
  const bridge = getBridge();
  const user = await bridge.commands['users.show']({ accountId: target.accountId, ...(target.userId ? { userId: target.userId } : { username: target.username ?? '', host: target.host ?? null }) });
  if (!user.ok) {
    sayActionFailed(t('actions.addColumn'), user.error);
    return;
  }
  const added = await addColumnBesideOrigin(target.accountId, 'user', { userId: user.value.id, sourceName: userAcct(user.value) });
  if (!added.ok) sayActionFailed(t('actions.addColumn'), added.error);
}

/**
 * With "open in a new column" chosen, a profile asked for (an avatar, a name, a mention) becomes a
 * user column right of the column it was clicked in, instead of the side panel. Returns whether the
 * side panel is the place.
 */
export function useProfileInColumn(profile: ProfileTarget | null): boolean {
  const openIn = useSetting('openIn');
  useEffect(() => {
    if (!profile || openIn !== 'column') return;
    notesUiActions.closeProfile();
    void openUserColumn(profile);
  }, [profile, openIn]);
  return openIn !== 'column';
}
