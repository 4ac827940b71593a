import { defineConfig } from '@playwright/test';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
    // Wide enough for a first sign-in's four columns and a few more: a column scrolled out of the
    // deck's view renders no rows, as in the app.
    viewport: { width: 2400, height: 900 },
    trace: 'off',
    // A step that cannot happen fails naming itself, well inside the test's minute.
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
  },
});
