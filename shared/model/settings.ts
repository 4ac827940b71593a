/** What the user can set in the settings screen; the core keeps it, versioned. */
export const languages = ['system', 'en', 'ja'] as const;
export const themes = ['system', 'light', 'dark'] as const;
export const densities = ['comfortable', 'compact'] as const;
export const mediaModes = ['show', 'blurSensitive', 'hide'] as const;
export const motionModes = ['system', 'reduce', 'full'] as const;
/** Where a user, hashtag or note opened from a column goes: a side panel, or a new column right of it. */
export const openInModes = ['panel', 'column'] as const;

export interface TimelineDefaults {
  withRenotes: boolean;
  withReplies: boolean;
  withFiles: boolean;
  hideSensitive: boolean;
}

export interface Settings {
  language: (typeof languages)[number];
  theme: (typeof themes)[number];
  /** Base font size in CSS pixels. */
  fontSize: number;
  density: (typeof densities)[number];
  media: (typeof mediaModes)[number];
  motion: (typeof motionModes)[number];
  /** Tint each column with its account's server theme colour (when the server has one). */
  tintColumns: boolean;
  /** Preview cards for links in notes, from the account's server. */
  linkPreviews: boolean;
  /** Desktop notifications, per account id. */
  desktopNotifications: Record<string, boolean>;
  timelineDefaults: TimelineDefaults;
  /** Fold renotes the user has seen to one line, as Misskey's `collapseRenotes` (its own notes, its renotes, reacted notes). */
  collapseRenotes: boolean;
  openIn: (typeof openInModes)[number];
  /** Volume of the columns' new-item sound, 0–100. */
  alertVolume: number;
}

export const defaultSettings: Settings = {
  language: 'system',
  theme: 'system',
  fontSize: 14,
  density: 'comfortable',
  media: 'blurSensitive',
  motion: 'system',
  tintColumns: true,
  linkPreviews: true,
  desktopNotifications: {},
  timelineDefaults: { withRenotes: true, withReplies: false, withFiles: false, hideSensitive: false },
  collapseRenotes: true,
  openIn: 'panel',
  alertVolume: 60,
};

export const fontSizeRange = { min: 11, max: 24 } as const;

/** A language the UI has texts for. */
export type UiLanguage = Exclude<Settings['language'], 'system'>;

/**
 * The UI language for the setting: `system` follows the system's language (the renderer's
 * `navigator.language`, Electron's `app.getLocale()` in main), Japanese when it is Japanese, else English.
 */
export function resolveUiLanguage(language: Settings['language'], systemLanguage: string | undefined): UiLanguage {
  if (language !== 'system') return language;
  return systemLanguage?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
