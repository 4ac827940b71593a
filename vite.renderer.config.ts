import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { buildContentSecurityPolicy } from './shared/security/contentSecurityPolicy';
import { twemojiAssets } from './build/twemojiAssets.ts';

/** The built page carries the CSP itself: Electron loads it from file://, where there are no headers. */
const contentSecurityPolicyMeta = (): Plugin => ({
  name: 'missdeck-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: buildContentSecurityPolicy({ forMetaTag: true }) },
      injectTo: 'head-prepend',
    },
  ],
});

/**
 * The sheets write font sizes in px at the default text size (14 px); the build turns them into rem,
 * so the font-size setting (the root's font size) scales every text in the UI.
 */
export const baseFontSizePx = 14;
const toRem = (value: string) =>
  value.replace(/(-?\d*\.?\d+)px/g, (_m, n: string) => `${Number((Number(n) / baseFontSizePx).toFixed(4))}rem`);
export const fontSizesToRem = () => ({
  postcssPlugin: 'missdeck-font-size-rem',
  Declaration(decl: { prop: string; value: string; parent?: { type?: string; selector?: string } }) {
    // The root's own size stays in px: it is the setting.
    if (decl.parent?.selector === ':root') return;
    if (decl.prop === 'font-size') decl.value = toRem(decl.value);
    else if (decl.prop === 'font') decl.value = decl.value.replace(/^((?:[^/\s]+\s+)*?)(\d*\.?\d+px)/, (_m, pre: string, size: string) => pre + toRem(size));
  },
});

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), twemojiAssets()],
  css: { postcss: { plugins: [fontSizesToRem()] } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
  },
});
