import { defineConfig } from 'vite';

/**
 * Preload → dist-electron/preload.cjs: ONE CommonJS file with everything bundled but `electron`,
 * because a sandboxed preload cannot require any other file.
 */
export default defineConfig({
  publicDir: false,
  define: {
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  build: {
    outDir: 'dist-electron',
    emptyOutDir: false,
    target: 'chrome130',
    sourcemap: false,
    minify: false,
    copyPublicDir: false,
    lib: {
      entry: 'electron/preload/preload.ts',
      formats: ['cjs'],
      fileName: () => 'preload.cjs',
    },
    rolldownOptions: {
      external: ['electron'],
      output: {
        codeSplitting: false,
      },
    },
  },
});
