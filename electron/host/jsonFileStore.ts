import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { coreMessage } from '../../shared/messages/coreMessage';
import type { CoreText } from '../../shared/messages/coreText';
import type { KeyValueStore, Logger } from '../core/platform';

function readDocument(filePath: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(filePath, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
  return parsed as Record<string, unknown>;
}

/**
 * A JSON document on disk. Writes go to a temporary file first, then replace the old one, so a
 * crash never leaves half a file; the previous good version is kept beside it. A file that cannot
 * be read is moved aside (never overwritten) and the last good version is used in its place.
 */
export function createJsonFileStore(filePath: string, logger: Logger, now: () => number = Date.now): KeyValueStore {
  const lastGoodPath = `${filePath}.last-good`;
  const problems: CoreText[] = [];
  let data: Record<string, unknown> = {};
  if (existsSync(filePath)) {
    try {
      data = readDocument(filePath);
    } catch (error) {
      const backup = `${filePath}.corrupt-${now()}`;
      renameSync(filePath, backup);
      let restored = false;
      try {
        if (existsSync(lastGoodPath)) {
          data = readDocument(lastGoodPath);
          restored = true;
        }
      } catch {
        data = {};
      }
      problems.push(coreMessage(restored ? 'dataFileRestored' : 'dataFileReset', { backup }));
      logger.error('the data file was unreadable and was moved aside', {
        file: filePath,
        backup,
        restored,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  const save = (): void => {
    const temporary = `${filePath}.tmp`;
    writeFileSync(temporary, JSON.stringify(data, null, 2), { mode: 0o600 });
    if (existsSync(filePath)) copyFileSync(filePath, lastGoodPath);
    renameSync(temporary, filePath);
  };

  return {
    problems,
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
