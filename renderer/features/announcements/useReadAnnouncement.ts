import { useState } from 'react';
import type { Announcement } from '../../../shared/model/announcement';
import { getBridge } from '../../bridge';
import { coreText } from '../../i18n/coreText';
import { announcementsUi } from './announcementsStore';

/**
 * Marking one announcement read on the server: one that needs confirmation asks first ("Are you sure you read
 * this?"). It leaves the unread list only once the server took it; a failure says why and keeps it.
 */
export function useReadAnnouncement(accountId: string, announcement: Announcement, onRead?: () => void) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    setBusy(true);
    setError(null);
    const result = await getBridge().commands['announcements.read']({ accountId, announcementId: announcement.id });
    setBusy(false);
    if (!result.ok) {
      setError(coreText(result.error));
      return;
    }
    setConfirming(false);
    announcementsUi.read(accountId, announcement.id);
    onRead?.();
  };

  return {
    confirming,
    busy,
    error,
    /** The read button: asks first when the announcement needs it. */
    request: () => (announcement.needConfirmationToRead ? setConfirming(true) : void send()),
    confirm: () => void send(),
    cancel: () => setConfirming(false),
  };
}
