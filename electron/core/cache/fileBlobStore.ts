import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BlobStore } from '../platform';

const safeName = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * One file per name in a folder of its own. A write goes to a temporary file that then replaces
 * the old one, so a crash leaves the old file or the new one, never half of one; writes of one
 * name are queued so an older write never lands after a newer one.
 */
export function createFileBlobStore(dir: string): BlobStore {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const queues = new Map<string, Promise<void>>();
  const pathOf = (name: string) => {
    if (!safeName.test(name)) throw new Error(`not a blob name: ${name}`);
    return join(dir, name);
  };
  return {
    read(name) {
      const path = pathOf(name);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
    write(name, data) {
      const path = pathOf(name);
      const next = (queues.get(name) ?? Promise.resolve()).then(async () => {
        await writeFile(`${path}.tmp`, data, { mode: 0o600 });
        await rename(`${path}.tmp`, path);
      });
      const settled = next.catch(() => undefined);
      queues.set(name, settled);
      void settled.then(() => {
        if (queues.get(name) === settled) queues.delete(name);
      });
      return next;
    },
    async remove(name) {
      const path = pathOf(name);
      await (queues.get(name) ?? Promise.resolve());
      rmSync(path, { force: true });
      rmSync(`${path}.tmp`, { force: true });
    },
    list: () => readdirSync(dir).filter((name) => safeName.test(name) && !name.endsWith('.tmp')),
  };
}
