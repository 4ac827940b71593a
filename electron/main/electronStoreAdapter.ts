import fs from 'node:fs';
import path from 'node:path';
import ElectronStore from 'electron-store';
import { coreMessage } from '../../shared/messages/coreMessage';
import type { CoreText } from '../../shared/messages/coreText';
import type { KeyValueStore, Logger } from '../core/platform';

export const storeName = 'missdeck';

/** The part of a conf/electron-store instance the adapter uses. */
export interface StoreBackend {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

export interface RecoveringStoreOptions {
  /** Opens (or reopens) the backend; throws a `SyntaxError` when the file is not JSON. */
  open: () => StoreBackend;
  /** The file `open` reads, for backing it up. */
  filePath: string;
  logger: Logger;
  now?: () => number;
  rename?: (from: string, to: string) => void;
}

/** `missdeck.json` → `missdeck.last-good.json`: the file as it was after the last successful write. */
export function lastGoodPath(filePath: string): string {
  const { dir, name, ext } = path.parse(filePath);
  return path.join(dir, `${name}.last-good${ext || '.json'}`);
}

function readableJson(file: string): boolean {
  try {
    JSON.parse(fs.readFileSync(file, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

const isCorruptFileError = (error: unknown): boolean =>
  error instanceof Error && error.name === 'SyntaxError';

/** `missdeck.json` → `missdeck.corrupt-2026-05-01T10-00-00-000Z.json`, beside it. */
export function corruptBackupPath(filePath: string, time: number): string {
  const { dir, name, ext } = path.parse(filePath);
  const stamp = new Date(time).toISOString().replace(/[:.]/g, '-');
  return path.join(dir, `${name}.corrupt-${stamp}${ext || '.json'}`);
}

/**
 * A store that survives a damaged file: the bad file is moved aside (never deleted: it may hold
 * the user's deck), the last good copy takes its place (or the store starts empty), and the move is
 * logged. This happens at open and, should the file be damaged while running, at the next read or write.
 */
export function openRecoveringStore(options: RecoveringStoreOptions): KeyValueStore {
  const { open, filePath, logger } = options;
  const now = options.now ?? Date.now;
  const rename = options.rename ?? fs.renameSync;

  const problems: CoreText[] = [];
  const lastGood = lastGoodPath(filePath);
  const backUpAndReopen = (error: unknown): StoreBackend => {
    const backup = corruptBackupPath(filePath, now());
    rename(filePath, backup);
    const restored = fs.existsSync(lastGood) && readableJson(lastGood);
    if (restored) fs.copyFileSync(lastGood, filePath);
    problems.push(coreMessage(restored ? 'dataFileRestored' : 'dataFileReset', { backup }));
    logger.warn('the settings file was damaged; moved it aside', {
      backup,
      restoredLastGood: restored,
      error: error instanceof Error ? error.message : String(error),
    });
    return open();
  };
  const keepLastGood = () => {
    if (fs.existsSync(filePath)) fs.copyFileSync(filePath, lastGood);
  };

  let backend: StoreBackend;
  try {
    backend = open();
  } catch (error) {
    if (!isCorruptFileError(error)) throw error;
    backend = backUpAndReopen(error);
  }

  const run = <T>(operation: (store: StoreBackend) => T): T => {
    try {
      return operation(backend);
    } catch (error) {
      if (!isCorruptFileError(error)) throw error;
      backend = backUpAndReopen(error);
      return operation(backend);
    }
  };

  return {
    problems,
    get: (key) => run((store) => store.get(key)),
    // JSON has no `undefined`; storing it means the key is gone (conf would throw instead).
    set: (key, value) => {
      run((store) => (value === undefined ? store.delete(key) : store.set(key, value)));
      keepLastGood();
    },
    delete: (key) => {
      run((store) => store.delete(key));
      keepLastGood();
    },
  };
}

/**
 * The app's `KeyValueStore`: electron-store's `missdeck.json` in `directory` (the userData folder).
 * Keys are plain (no dot paths), the file is private to the user, and a damaged file is recovered.
 */
export function createElectronStore(directory: string, logger: Logger): KeyValueStore {
  return openRecoveringStore({
    filePath: path.join(directory, `${storeName}.json`),
    logger,
    open: () =>
      new ElectronStore<Record<string, unknown>>({
        name: storeName,
        cwd: directory,
        accessPropertiesByDotNotation: false,
        clearInvalidConfig: false,
        configFileMode: 0o600,
        watch: false,
      }),
  });
}
