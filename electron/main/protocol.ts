import path from 'node:path';
import type { Logger } from '../core/platform';
import { describeUrlForLog } from './logger';

/** Our URL scheme; MiAuth calls back to `missdeck://auth?session=…`. */
export const protocolScheme = 'missdeck';
export const authCallbackUrl = `${protocolScheme}://auth`;
const maxUrlLength = 4096;

/**
 * The `missdeck:` URL in a command line, if any. Windows and Linux hand the URL to a (second)
 * instance as an argument; Chromium may put its own switches around it, so every argument is looked at.
 */
export function findProtocolUrl(argv: readonly string[]): string | null {
  for (const arg of argv) {
    if (typeof arg !== 'string') continue;
    const candidate = arg.trim();
    if (candidate.toLowerCase().startsWith(`${protocolScheme}:`)) return candidate;
  }
  return null;
}

/**
 * The URL when it is a well-formed MiAuth callback (`missdeck://auth`, optional `/`, any query),
 * otherwise null. Never throws: whatever the OS hands over is untrusted input.
 */
export function parseAuthCallbackUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > maxUrlLength) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== `${protocolScheme}:`) return null;
  if (parsed.hostname.toLowerCase() !== 'auth') return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null;
  if (parsed.pathname !== '' && parsed.pathname !== '/') return null;
  return parsed.href;
}

/**
 * Holds callback URLs until the core is ready (macOS delivers `open-url` before `ready` when a
 * URL launches the app), then hands each accepted one over. Refused URLs are logged, never thrown.
 */
export interface AuthUrlIntake {
  accept(url: unknown, source: string): void;
  attach(deliver: (url: string) => void): void;
}

export function createAuthUrlIntake(logger: Logger): AuthUrlIntake {
  const pending: string[] = [];
  let deliver: ((url: string) => void) | null = null;
  const handOver = (url: string) => {
    try {
      deliver?.(url);
    } catch (error) {
      logger.error('auth callback handler failed', { error: String(error) });
    }
  };
  return {
    accept(url, source) {
      const accepted = parseAuthCallbackUrl(url);
      if (accepted === null) {
        logger.warn('ignored a protocol URL that is not a MiAuth callback', { source, url: describeUrlForLog(url) });
        return;
      }
      logger.info('received a MiAuth callback', { source });
      if (deliver === null) {
        if (pending.length < 16) pending.push(accepted);
        return;
      }
      handOver(accepted);
    },
    attach(next) {
      deliver = next;
      for (const url of pending.splice(0)) handOver(url);
    },
  };
}

interface ProtocolApp {
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean;
}
interface ProcessInfo {
  defaultApp?: boolean;
  execPath: string;
  argv: readonly string[];
}

/**
 * Registers `missdeck://` with the OS. Run as `electron .` (dev), the OS must start Electron with
 * our script, so the executable and the script path are given explicitly.
 */
export function registerProtocolClient(app: ProtocolApp, proc: ProcessInfo, logger: Logger): boolean {
  const script = proc.argv[1];
  const registered =
    proc.defaultApp === true && script !== undefined
      ? app.setAsDefaultProtocolClient(protocolScheme, proc.execPath, [path.resolve(script)])
      : app.setAsDefaultProtocolClient(protocolScheme);
  if (!registered) logger.warn('could not register the missdeck:// protocol; sign-in falls back to polling');
  return registered;
}
