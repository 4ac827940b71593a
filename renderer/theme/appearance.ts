import { useEffect, useSyncExternalStore } from 'react';
import type { Settings } from '../../shared/model/settings';
import { i18n, resolveLocale } from '../i18n';
import { useSettings } from '../features/settings/settingsStore';

export type ResolvedTheme = 'light' | 'dark';

/** What the document carries for a given setting and system: the CSS reads the data attributes. */
export interface Appearance {
  theme: ResolvedTheme;
  motion: 'reduce' | 'full';
  density: Settings['density'];
  fontSize: number;
  lang: string;
}

export interface SystemPreferences {
  dark: boolean;
  reducedMotion: boolean;
  language: string | undefined;
}

export function resolveAppearance(settings: Settings, system: SystemPreferences): Appearance {
  return {
    theme: settings.theme === 'system' ? (system.dark ? 'dark' : 'light') : settings.theme,
    motion: settings.motion === 'system' ? (system.reducedMotion ? 'reduce' : 'full') : settings.motion,
    density: settings.density,
    fontSize: settings.fontSize,
    lang: resolveLocale(settings.language, system.language),
  };
}

/** Puts an appearance on <html>: `data-theme`, `data-motion`, `data-density`, `lang`, and the root font size (the CSS is rem-based). */
export function applyAppearance(root: HTMLElement, appearance: Appearance): void {
  root.dataset.theme = appearance.theme;
  root.dataset.motion = appearance.motion;
  root.dataset.density = appearance.density;
  root.style.fontSize = `${appearance.fontSize}px`;
  root.lang = appearance.lang;
}

function mediaQuery(query: string) {
  const list = typeof matchMedia === 'undefined' ? null : matchMedia(query);
  return {
    subscribe(listener: () => void) {
      list?.addEventListener('change', listener);
      return () => list?.removeEventListener('change', listener);
    },
    get: () => list?.matches ?? false,
  };
}
const darkQuery = mediaQuery('(prefers-color-scheme: dark)');
const motionQuery = mediaQuery('(prefers-reduced-motion: reduce)');

/** Keeps <html> and the UI language in step with the settings and the system's preferences. */
export function useAppearance(): void {
  const settings = useSettings((s) => s.settings);
  const dark = useSyncExternalStore(darkQuery.subscribe, darkQuery.get);
  const reducedMotion = useSyncExternalStore(motionQuery.subscribe, motionQuery.get);
  useEffect(() => {
    const appearance = resolveAppearance(settings, { dark, reducedMotion, language: navigator.language });
    applyAppearance(document.documentElement, appearance);
    if (i18n.language !== appearance.lang) void i18n.changeLanguage(appearance.lang);
  }, [settings, dark, reducedMotion]);
}
