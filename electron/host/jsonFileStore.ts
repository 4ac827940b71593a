import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { KeyValueStore, Logger } from '../core/platform';

/**
 * A JSON document on disk. Writes go to a temporary file first, then replace the old one, so a
 * crash never leaves half a file. A file that cannot be read is moved aside, not overwritten.
 */
export function createJsonFileStore(filePath: string, logger: Logger, now: () => number = Date.now): KeyValueStore {
  let data: Record<string, unknown> = {};
  if (existsSync(filePath)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(filePath, 'utf8'));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
      data = parsed as Record<string, unknown>;
    } catch (error) {
      const backup = `${filePath}.corrupt-${now()}`;
      renameSync(filePath, backup);
      logger.error('the settings file was unreadable; it was moved aside and MissDeck started fresh', {
        file: filePath,
        backup,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  const save = (): void => {
    const temporary = `${filePath}.tmp`;
    writeFileSync(temporary, JSON.stringify(data, null, 2), { mode: 0o600 });
    renameSync(temporary, filePath);
  };

  return {
    get: (key) => data[key],
    set(key, value) {
      data = { ...data, [key]: value };
      save();
    },
    delete(key) {
      const { [key]: _removed, ...rest } = data;
      data = rest;
      save();
    },
  };
}
