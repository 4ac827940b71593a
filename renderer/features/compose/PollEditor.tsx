import { useTranslation } from 'react-i18next';
import { pollExpiries, type PollDraft, type PollExpiry } from './composeLogic';

/** 2–10 choices, multiple choice, and when it ends. */
export function PollEditor({ poll, onChange }: { poll: PollDraft; onChange(poll: PollDraft): void }) {
  const { t } = useTranslation();
  const setChoice = (i: number, value: string) => onChange({ ...poll, choices: poll.choices.map((c, j) => (j === i ? value : c)) });
  return (
    <fieldset className="compose-poll">
      <legend>{t('poll.title')}</legend>
      <ol className="compose-poll-choices">
        {poll.choices.map((choice, i) => (
          <li key={i}>
            <input type="text" aria-label={t('poll.choiceN', { n: i + 1 })} placeholder={t('poll.choiceN', { n: i + 1 })} value={choice} maxLength={50} onChange={(e) => setChoice(i, e.target.value)} />
            {poll.choices.length > 2 && (
              <button type="button" className="icon-button" aria-label={t('poll.removeChoiceN', { n: i + 1 })} onClick={() => onChange({ ...poll, choices: poll.choices.filter((_, j) => j !== i) })}>
                ×
              </button>
            )}
          </li>
        ))}
      </ol>
      <div className="compose-poll-options">
        {poll.choices.length < 10 && (
          <button type="button" className="secondary-button small" onClick={() => onChange({ ...poll, choices: [...poll.choices, ''] })}>
            {t('poll.addChoice')}
          </button>
        )}
        <label className="compose-check">
          <input type="checkbox" checked={poll.multiple} onChange={(e) => onChange({ ...poll, multiple: e.target.checked })} />
          {t('poll.multiple')}
        </label>
        <label className="compose-inline-field">
          {t('poll.ends')}
          <select aria-label={t('poll.endsLabel')} value={poll.expiry} onChange={(e) => onChange({ ...poll, expiry: e.target.value as PollExpiry })}>
            {pollExpiries.map((e) => (
              <option key={e.id} value={e.id}>
                {t(`poll.expiry.${e.id}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </fieldset>
  );
}
