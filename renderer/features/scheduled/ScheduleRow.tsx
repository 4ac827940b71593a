import { useTranslation } from 'react-i18next';
import { useId } from 'react';
import type { NoteDraftsStatus } from '../../../shared/model/noteDrafts';
import { useNow } from '../../lib/useNow';
import { timeZoneLabel, toLocalInput } from './scheduleTime';

interface ScheduleRowProps {
  value: string;
  onChange(value: string): void;
  status: NoteDraftsStatus | null;
  disabled?: boolean;
}

/** The composer's "Post at" picker: local date and time, the user's time zone, and how much of the allowance is used. */
export function ScheduleRow({ value, onChange, status, disabled }: ScheduleRowProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const now = useNow();
  return (
    <div className="compose-schedule" data-testid="compose-schedule">
      <label htmlFor={id}>{t('draftsClips.postAt')}</label>
      <input id={id} type="datetime-local" value={value} min={toLocalInput(now)} disabled={disabled} onChange={(e) => onChange(e.target.value)} />
      <span className="compose-schedule-zone">{t('draftsClips.timeZone', { zone: timeZoneLabel(i18n.language, now) })}</span>
      {status?.available && status.scheduledLimit !== null && (
        <span className="compose-schedule-usage">{t('draftsClips.scheduledUsage', { used: status.scheduled, limit: status.scheduledLimit })}</span>
      )}
    </div>
  );
}
