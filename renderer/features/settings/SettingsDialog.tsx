import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { densities, fontSizeRange, languages, mediaModes, motionModes, themes, type Settings, type TimelineDefaults } from '../../../shared/model/settings';
import { ModalDialog } from '../../components/ModalDialog';
import { accountAcct } from '../../lib/acct';
import { useAppState } from '../../store';
import { ShortcutList } from '../keyboard/KeyboardHelp';
import { MutesSettings } from '../mutes/MutesSettings';
import { DesktopNotificationsSwitch } from '../notifications/DesktopNotificationsSwitch';
import { useSettings, useSettingsStore } from './settingsStore';
import './settings.css';
import { DeckSettings } from '../decks/DeckSettings';
import { ModalHeader } from '../../components/ModalHeader';

const timelineOptions = ['withRenotes', 'withReplies', 'withFiles', 'hideSensitive'] as const satisfies readonly (keyof TimelineDefaults)[];

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function Choice<K extends 'language' | 'theme' | 'density' | 'media' | 'motion'>({ setting, options, label }: { setting: K; options: readonly Settings[K][]; label: string }) {
  const { t } = useTranslation();
  const id = useId();
  const value = useSettings((s) => s.settings[setting]);
  const store = useSettingsStore();
  return (
    <div className="settings-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} data-setting={setting} onChange={(e) => void store.getState().update({ [setting]: e.target.value as Settings[K] })}>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`settings.options.${setting}.${o}` as 'settings.options.theme.system')}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Everything the user can set: language, theme, text size, density, media, motion, notifications, timeline defaults, and the shortcut sheet. */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const fontId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const store = useSettingsStore();
  const settings = useSettings((s) => s.settings);
  const error = useSettings((s) => s.error);
  const accounts = useAppState((s) => s.accounts);
  const update = (patch: Partial<Settings>) => void store.getState().update(patch);

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="settings-dialog" fallbackFocus={headingRef}>
      <ModalHeader titleId={titleId} onClose={onClose} headingRef={headingRef}>
        {t('settings.title')}
      </ModalHeader>
      <div className="settings-body">
        <Section title={t('settings.appearance')}>
          <Choice setting="language" options={languages} label={t('settings.language')} />
          <Choice setting="theme" options={themes} label={t('settings.theme')} />
          <div className="settings-field">
            <label htmlFor={fontId}>{t('settings.fontSize')}</label>
            <div className="settings-range">
              <input
                id={fontId}
                type="range"
                min={fontSizeRange.min}
                max={fontSizeRange.max}
                step={1}
                value={settings.fontSize}
                data-setting="fontSize"
                aria-valuetext={t('settings.fontSizeValue', { size: settings.fontSize })}
                onChange={(e) => update({ fontSize: Number(e.target.value) })}
              />
              <output htmlFor={fontId}>{t('settings.fontSizeValue', { size: settings.fontSize })}</output>
            </div>
          </div>
          <Choice setting="density" options={densities} label={t('settings.density')} />
          <Choice setting="motion" options={motionModes} label={t('settings.motion')} />
          <label className="check">
            <input type="checkbox" checked={settings.tintColumns} onChange={(e) => update({ tintColumns: e.target.checked })} />
            {t('settings.tintColumns')}
          </label>
          <p className="field-note">{t('settings.tintColumnsNote')}</p>
        </Section>
        <DeckSettings Section={Section} />
        <Section title={t('settings.notes')}>
          <Choice setting="media" options={mediaModes} label={t('settings.media')} />
          <label className="check">
            <input type="checkbox" checked={settings.collapseRenotes} onChange={(e) => update({ collapseRenotes: e.target.checked })} />
            {t('readingAids.collapseRenotes')}
          </label>
          <p className="field-note">{t('readingAids.collapseRenotesNote')}</p>
          <label className="check">
            <input type="checkbox" checked={settings.linkPreviews} onChange={(e) => update({ linkPreviews: e.target.checked })} />
            {t('previews.setting')}
          </label>
          <p className="field-note">{t('previews.settingNote')}</p>
        </Section>
        <Section title={t('settings.timelineDefaults')}>
          <p className="field-note">{t('settings.timelineDefaultsNote')}</p>
          {timelineOptions.map((option) => (
            <label key={option} className="check">
              <input
                type="checkbox"
                checked={settings.timelineDefaults[option]}
                onChange={(e) => update({ timelineDefaults: { ...settings.timelineDefaults, [option]: e.target.checked } })}
              />
              {t(`columnOptions.${option}`)}
            </label>
          ))}
        </Section>
        <Section title={t('settings.desktopNotifications')}>
          {accounts.length === 0 ? (
            <p className="field-note">{t('settings.noAccounts')}</p>
          ) : (
            <ul className="settings-accounts">
              {accounts.map((account) => (
                <li key={account.id}>
                  <span className="settings-account" id={`${titleId}-${account.id}`}>
                    {accountAcct(account)}
                  </span>
                  <DesktopNotificationsSwitch accountId={account.id} describedBy={`${titleId}-${account.id}`} />
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('mutes.settings.title')}>
          <MutesSettings />
        </Section>
        <Section title={t('shortcuts.title')}>
          <ShortcutList />
        </Section>
      </div>
      {error && (
        <p role="alert" className="form-error settings-error">
          {t('settings.saveFailedWith', { message: error })}
        </p>
      )}
    </ModalDialog>
  );
}
