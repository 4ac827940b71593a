import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { openInModes } from '../../../shared/model/settings';
import { useSettings, useSettingsStore } from '../settings/settingsStore';
import { playChime } from './alertSound';

/** Settings of the deck's arrangement: where users and hashtags open, how loud column sounds are. */
export function DeckSettings({ Section }: { Section: (props: { title: string; children: ReactNode }) => ReactNode }) {
  const { t } = useTranslation();
  const openInId = useId();
  const volumeId = useId();
  const openIn = useSettings((s) => s.settings.openIn);
  const volume = useSettings((s) => s.settings.alertVolume);
  const store = useSettingsStore();
  const labels = { panel: t('decks.settings.openInPanel'), column: t('decks.settings.openInColumn') };
  return (
    <Section title={t('decks.settings.section')}>
      <fieldset className="settings-field" aria-labelledby={openInId}>
        <legend id={openInId}>{t('decks.settings.openIn')}</legend>
        {openInModes.map((mode) => (
          <label key={mode} className="check">
            <input type="radio" name={openInId} value={mode} checked={openIn === mode} onChange={() => void store.getState().update({ openIn: mode })} />
            {labels[mode]}
          </label>
        ))}
      </fieldset>
      <div className="settings-field">
        <label htmlFor={volumeId}>{t('decks.settings.volume')}</label>
        <div className="settings-range">
          <input
            id={volumeId}
            type="range"
            min={0}
            max={100}
            step={5}
            value={volume}
            aria-valuetext={t('decks.settings.volumeValue', { volume })}
            onChange={(event) => void store.getState().update({ alertVolume: Number(event.target.value) })}
          />
          <output htmlFor={volumeId}>{t('decks.settings.volumeValue', { volume })}</output>
          <button type="button" className="secondary-button small" onClick={() => playChime(volume, true)}>
            {t('decks.settings.tryVolume')}
          </button>
        </div>
      </div>
    </Section>
  );
}
