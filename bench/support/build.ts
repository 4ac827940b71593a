import { spawn } from 'node:child_process';
import { builtinModules } from 'node:module';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { log } from './stats';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** The bench serves its own build of the renderer (with the bench probe), not dist/renderer. */
export const benchRendererDir = join(repoRoot, 'node_modules/.cache/missdeck-bench/renderer');

/** Builds the renderer from the working tree into `benchRendererDir` (or reuses it with `skip`); unminified for profiles. */
export async function buildRenderer(skip: boolean, unminified = false): Promise<string> {
  const benchRendererDir = join(repoRoot, `node_modules/.cache/missdeck-bench/renderer${unminified ? '-unminified' : ''}`);
  if (skip) {
    if (!existsSync(join(benchRendererDir, 'index.html'))) throw new Error(`--skip-build: no earlier build in ${benchRendererDir}`);
    log(`reusing the renderer built in ${benchRendererDir}`);
    return benchRendererDir;
  }
  log('building the renderer (vite)…');
  const vite = join(repoRoot, 'node_modules/.bin/vite');
  const args = ['build', '--config', 'vite.renderer.config.ts', '--outDir', benchRendererDir, '--emptyOutDir', '--logLevel', 'warn', ...(unminified ? ['--minify', 'false'] : [])];
  const output = await new Promise<string>((resolvePromise, reject) => {
    const child = spawn(vite, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolvePromise(text) : reject(new Error(`renderer build failed (exit ${code}):\n${text}`))));
  });
  if (output.trim()) log(output.trim());
  return benchRendererDir;
}

/**
 * The bench's host as one bundled file, run by plain Node: as the app runs its bundled main, and
 * unlike tsx, which spends seconds compiling the TypeScript on every start.
 */
export async function buildHost(skip: boolean): Promise<string> {
  const outDir = join(repoRoot, 'node_modules/.cache/missdeck-bench/host');
  const entry = join(outDir, 'hostMain.mjs');
  if (skip && existsSync(entry)) return entry;
  log('bundling the host (vite)…');
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'warn',
    publicDir: false,
    resolve: { conditions: ['node', 'import', 'module', 'default'] },
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: join(repoRoot, 'bench/support/hostMain.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      rolldownOptions: {
        external: [/^node:/, ...builtinModules, 'bufferutil', 'utf-8-validate'],
        output: { format: 'esm', entryFileNames: 'hostMain.mjs', codeSplitting: false },
      },
    },
  });
  return entry;
}
