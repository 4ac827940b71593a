import { useTranslation } from 'react-i18next';
import { useId, useState } from 'react';
import { useDesktopNotificationsPref } from './useDesktopNotifier';

/** A switch in an account's row: desktop notifications for this account's new notifications. */
export function DesktopNotificationsSwitch({ accountId, describedBy }: { accountId: string; describedBy?: string }) {
  const { t } = useTranslation();
  const [on, setOn] = useDesktopNotificationsPref(accountId);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  return (
    <div className="switch-field">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        className="switch"
        aria-describedby={[describedBy, problem ? problemId : null].filter(Boolean).join(' ') || undefined}
        data-desktop-notifications={on ? 'on' : 'off'}
        onClick={() => void setOn(!on).then(setProblem)}
      >
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        <span className="switch-label">{t('settings.desktopNotifications')}</span>
      </button>
      {problem && (
        <p id={problemId} className="form-error switch-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
