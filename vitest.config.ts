import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { twemojiAssets } from './build/twemojiAssets.ts';

/**
 * Two projects, both run by `vitest run`: `node` for core, shared and pure renderer logic, and
 * `browser` for renderer components in real Chromium (the system one: never `playwright install`).
 */
export default defineConfig({
  test: {
    testTimeout: 15_000,
    projects: [
      {
        plugins: [twemojiAssets()],
        test: {
          name: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'e2e/standin/**/*.test.ts', 'renderer/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['**/*.browser.test.*', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 15_000,
        },
      },
      {
        plugins: [react(), twemojiAssets()],
        test: {
          name: 'browser',
          include: ['renderer/**/*.browser.test.tsx'],
          setupFiles: ['renderer/i18n/testSetup.ts'],
          testTimeout: 15_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                  '--no-first-run',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
