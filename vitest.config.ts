import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'e2e/standin/**/*.test.ts', 'renderer/**/*.test.ts'],
    environment: 'node',
    testTimeout: 15_000,
  },
});
