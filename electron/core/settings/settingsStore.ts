import { z } from 'zod';
import { defaultSettings, densities, fontSizeRange, languages, mediaModes, motionModes, openInModes, themes, type Settings } from '../../../shared/model/settings';
import { coreMessage } from '../../../shared/messages/coreMessage';
import type { CoreText } from '../../../shared/messages/coreText';
import type { KeyValueStore, Logger } from '../platform';

const storeKey = 'settings';
const currentVersion = 2;

/**
 * Each step turns the saved fields of version n into n + 1 (unknown fields pass through).
 * v2: column tint works and is on by default; a v1 value was saved while it had no effect, so it
 * gives way to the new default.
 */
const steps: Record<number, (fields: Record<string, unknown>) => Record<string, unknown>> = {
  1: ({ tintColumns: _noEffectYet, ...fields }) => fields,
};

/** Every field falls back to its default on its own, so one bad value never costs the others. */
const settingsSchema = z.object({
  language: z.enum(languages).catch(defaultSettings.language),
  theme: z.enum(themes).catch(defaultSettings.theme),
  fontSize: z.number().int().min(fontSizeRange.min).max(fontSizeRange.max).catch(defaultSettings.fontSize),
  density: z.enum(densities).catch(defaultSettings.density),
  media: z.enum(mediaModes).catch(defaultSettings.media),
  motion: z.enum(motionModes).catch(defaultSettings.motion),
  tintColumns: z.boolean().catch(defaultSettings.tintColumns),
  linkPreviews: z.boolean().catch(defaultSettings.linkPreviews),
  openIn: z.enum(openInModes).catch(defaultSettings.openIn),
  alertVolume: z.number().int().min(0).max(100).catch(defaultSettings.alertVolume),
  desktopNotifications: z.record(z.string(), z.boolean()).catch({}),
  timelineDefaults: z
    .object({
      withRenotes: z.boolean().catch(true),
      withReplies: z.boolean().catch(false),
      withFiles: z.boolean().catch(false),
      hideSensitive: z.boolean().catch(false),
    })
    .catch(defaultSettings.timelineDefaults),
  collapseRenotes: z.boolean().catch(defaultSettings.collapseRenotes),
});

export const settingsPatchSchema = settingsSchema.partial();

export interface SettingsLoad {
  settings: Settings;
  /** A sentence for the user when the saved settings could not be read as they were. */
  problem?: CoreText;
}

/** The settings document: versioned; an unreadable or newer one falls back to defaults, field by field. */
export class SettingsStore {
  private settings: Settings = defaultSettings;
  /** Fields a newer MissDeck saved, written back untouched. */
  private unknownFields: Record<string, unknown> = {};

  constructor(
    private readonly store: KeyValueStore,
    private readonly logger: Logger,
  ) {}

  load(): SettingsLoad {
    const raw = this.store.get(storeKey);
    if (raw === undefined) return { settings: (this.settings = defaultSettings) };
    const doc = z.object({ version: z.number().int(), settings: z.record(z.string(), z.unknown()) }).safeParse(raw);
    if (!doc.success) {
      this.logger.warn('settings unreadable; using defaults');
      this.settings = defaultSettings;
      return { settings: this.settings, problem: coreMessage('settingsReset') };
    }
    let saved = doc.data.settings;
    for (let at = Math.max(doc.data.version, 1); at < currentVersion; at++) saved = steps[at]!(saved);
    this.settings = settingsSchema.parse({ ...defaultSettings, ...saved });
    this.unknownFields = Object.fromEntries(Object.entries(saved).filter(([key]) => !(key in defaultSettings)));
    if (doc.data.version > currentVersion) {
      return { settings: this.settings, problem: coreMessage('settingsNewer') };
    }
    return { settings: this.settings };
  }

  get(): Settings {
    return this.settings;
  }

  update(patch: Partial<Settings>): Settings {
    this.settings = settingsSchema.parse({ ...this.settings, ...patch });
    this.store.set(storeKey, { version: currentVersion, settings: { ...this.unknownFields, ...this.settings } });
    return this.settings;
  }
}
