import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../core/platform';
import { redactText, redactValue } from './redact';

/**
 * MissDeck's log: JSON lines in `<logs>/missdeck.log`, rotated at 1 MB with 3 old files kept
 * (`missdeck.log.1` newest … `missdeck.log.3` oldest). Main and the core both write here, and to
 * the console in development. Every line goes through redaction first.
 */
export const logFileName = 'missdeck.log';
export const defaultMaxBytes = 1024 * 1024;
export const defaultKeepFiles = 3;

export type LogLevel = 'info' | 'warn' | 'error';

export interface LogRecord {
  time: number;
  level: LogLevel;
  scope: string;
  message: string;
  details?: Record<string, unknown> | undefined;
}

/** One JSON line (with its newline), secrets removed. */
export function formatLogLine(record: LogRecord): string {
  const line: Record<string, unknown> = {
    time: new Date(record.time).toISOString(),
    level: record.level,
    scope: record.scope,
    message: redactText(record.message),
  };
  if (record.details !== undefined) line.details = redactValue(record.details);
  return `${JSON.stringify(line)}\n`;
}

/** `missdeck.log.1` … for `index` ≥ 1; the live file for 0. */
export function rotatedPath(file: string, index: number): string {
  return index === 0 ? file : `${file}.${index}`;
}

/** The renames that make room for a fresh live file, oldest first: `.2→.3`, `.1→.2`, `log→.1` (`.3` is overwritten). */
export function rotationSteps(file: string, keep: number): Array<{ from: string; to: string }> {
  const steps: Array<{ from: string; to: string }> = [];
  for (let index = keep - 1; index >= 0; index -= 1) steps.push({ from: rotatedPath(file, index), to: rotatedPath(file, index + 1) });
  return steps;
}

/** The file system calls the writer makes, replaceable in tests. */
export interface LogFs {
  mkdirSync(dir: string, options: { recursive: true }): unknown;
  statSync(file: string): { size: number };
  appendFileSync(file: string, data: string, options: { mode: number }): void;
  renameSync(from: string, to: string): void;
  rmSync(file: string, options: { force: true }): void;
}

export interface RotatingLogFile {
  readonly path: string;
  write(line: string): void;
}

/**
 * Appends lines synchronously (the log matters most just before a crash, and main logs little),
 * rotating before a line would take the file past `maxBytes`. A failing disk never throws: the
 * first failure is reported once through `onError`, and writing is retried on the next line.
 */
export function createRotatingLogFile(options: {
  file: string;
  maxBytes?: number;
  keep?: number;
  fs?: LogFs;
  onError?: (error: unknown) => void;
}): RotatingLogFile {
  const { file } = options;
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  const keep = options.keep ?? defaultKeepFiles;
  const files: LogFs = options.fs ?? fs;
  let size: number | null = null;
  let reported = false;

  const currentSize = (): number => {
    if (size !== null) return size;
    files.mkdirSync(path.dirname(file), { recursive: true });
    try {
      size = files.statSync(file).size;
    } catch {
      size = 0;
    }
    return size;
  };
  const rotate = () => {
    for (const { from, to } of rotationSteps(file, keep)) {
      try {
        files.renameSync(from, to);
      } catch {
        // that generation does not exist yet
      }
    }
    if (keep === 0) files.rmSync(file, { force: true });
    size = 0;
  };

  return {
    path: file,
    write(line) {
      try {
        const bytes = Buffer.byteLength(line);
        const current = currentSize();
        if (current > 0 && current + bytes > maxBytes) rotate();
        files.appendFileSync(file, line, { mode: 0o600 });
        size = (size ?? 0) + bytes;
        reported = false;
      } catch (error) {
        size = null;
        if (!reported) options.onError?.(error);
        reported = true;
      }
    },
  };
}

type ConsoleSink = Pick<Console, 'info' | 'warn' | 'error'>;

/**
 * Where log records go. Starts console-only; the file is attached once this process may own it
 * (after the single-instance lock). The console keeps getting lines in development, or while no file is attached.
 */
export interface LogSinks {
  attachFile(file: RotatingLogFile): void;
  readonly filePath: string | null;
  logger(scope: string): Logger;
}

export function createLogSinks(options: { console: ConsoleSink; alwaysToConsole: boolean; now?: () => number }): LogSinks {
  const now = options.now ?? Date.now;
  let file: RotatingLogFile | null = null;
  const write = (record: LogRecord) => {
    file?.write(formatLogLine(record));
    if (file !== null && !options.alwaysToConsole) return;
    const sink = options.console;
    const text = `[${record.scope}] ${redactText(record.message)}`;
    if (record.details === undefined) sink[record.level](text);
    else sink[record.level](text, redactValue(record.details));
  };
  return {
    attachFile(next) {
      file = next;
    },
    get filePath() {
      return file?.path ?? null;
    },
    logger(scope) {
      const at = (level: LogLevel) => (message: string, details?: Record<string, unknown>) =>
        write({ time: now(), level, scope, message, details });
      return { info: at('info'), warn: at('warn'), error: at('error') };
    },
  };
}
