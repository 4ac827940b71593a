import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * Electron main → dist-electron/main.cjs: one CommonJS file for Node 22 with every dependency
 * bundled (electron-store v12 is ESM-only, so bundling is what lets CommonJS main load it).
 * Only `electron` and Node's built-ins stay external, plus ws's optional native add-ons.
 */
const external = [
  'electron',
  /^node:/,
  ...builtinModules,
  'bufferutil',
  'utf-8-validate',
];

export default defineConfig({
  publicDir: false,
  resolve: {
    conditions: ['node', 'import', 'module', 'default'],
  },
  ssr: {
    noExternal: true,
    target: 'node',
  },
  build: {
    ssr: 'electron/main/main.ts',
    outDir: 'dist-electron',
    emptyOutDir: true,
    target: 'node22',
    sourcemap: false,
    minify: false,
    copyPublicDir: false,
    rolldownOptions: {
      external,
      output: {
        format: 'cjs',
        entryFileNames: 'main.cjs',
        codeSplitting: false,
      },
    },
  },
});
