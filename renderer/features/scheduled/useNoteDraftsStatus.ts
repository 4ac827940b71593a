import { useEffect, useState } from 'react';
import type { NoteDraftsStatus } from '../../../shared/model/noteDrafts';
import { getBridge } from '../../bridge';

/** The account's draft and scheduled-note limits and use; `refresh` after scheduling or cancelling. */
export function useNoteDraftsStatus(accountId: string | null): { status: NoteDraftsStatus | null; refresh(): void } {
  const [status, setStatus] = useState<NoteDraftsStatus | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!accountId) return;
    let live = true;
    void getBridge()
      .commands['noteDrafts.status']({ accountId })
      .then((result) => {
        if (live) setStatus(result.ok ? result.value : null);
      });
    return () => {
      live = false;
    };
  }, [accountId, round]);
  return { status: accountId ? status : null, refresh: () => setRound((n) => n + 1) };
}

/** Why a new note cannot be scheduled now (server without drafts, old sign-in, limit reached), or null. */
export function scheduleBlockerOf(status: NoteDraftsStatus | null, editing: boolean, t: (key: 'draftsClips.scheduleLimitReached', o: { limit: number }) => string, reasonText: (r: NonNullable<NoteDraftsStatus['reason']>) => string): string | null {
  if (!status) return null;
  if (!status.available) return status.reason ? reasonText(status.reason) : null;
  if (!editing && status.scheduledLimit !== null && status.scheduled >= status.scheduledLimit) return t('draftsClips.scheduleLimitReached', { limit: status.scheduledLimit });
  return null;
}
