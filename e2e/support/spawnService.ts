import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface RunningService {
  /** The value the service printed after `<KEY>=`. */
  value: string;
  process: ChildProcess;
  /** Everything it wrote to stderr, for failure messages. */
  stderr(): string;
  stop(): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '../..');
const tsx = resolve(repoRoot, 'node_modules/.bin/tsx');
const stopTimeoutMs = 10_000;

/**
 * Starts a TypeScript entry point with tsx (or a bundled `.mjs` with this Node) and waits for its
 * `KEY=value` line on stdout.
 */
export function spawnService(entry: string, args: string[], key: string, timeoutMs = 20_000): Promise<RunningService> {
  const [command, argv] = entry.endsWith('.mjs') ? [process.execPath, [resolve(repoRoot, entry), ...args]] : [tsx, [resolve(repoRoot, entry), ...args]];
  const child = spawn(command, argv, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolvePromise, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`${entry} did not start in time.\n${stderr}`)), timeoutMs);
    child.on('exit', (code) => reject(new Error(`${entry} exited with ${code}.\n${stderr}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = new RegExp(`^${key}=(\\S+)$`, 'm').exec(stdout);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolvePromise({
        value: match[1],
        process: child,
        stderr: () => stderr,
        stop: () =>
          new Promise((done, fail) => {
            if (child.exitCode !== null) return done();
            // A service that ignores SIGTERM is a bug to see in the failure, not a test timeout.
            const stuck = setTimeout(() => {
              child.kill('SIGKILL');
              fail(new Error(`${entry} did not stop within ${stopTimeoutMs} ms of SIGTERM.\n${stderr}`));
            }, stopTimeoutMs);
            child.once('exit', () => {
              clearTimeout(stuck);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
