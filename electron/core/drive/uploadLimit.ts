import type { MisskeyClient } from '../misskey/misskeyClient';

/** For servers whose `i` carries no `policies.maxFileSizeMb` (older versions): a generous ceiling; the server still checks. */
const defaultMaxFileSizeMb = 200;

/** The largest file this account may upload: its role policy `maxFileSizeMb` (from `i`), in bytes. */
export async function maxUploadBytes(client: MisskeyClient): Promise<number> {
  const me: unknown = await client.request('i', {});
  const policies = typeof me === 'object' && me !== null ? (me as { policies?: { maxFileSizeMb?: unknown } }).policies : undefined;
  const mb = policies?.maxFileSizeMb;
  // Misskey counts the policy in MiB: maxFileSizeMb * 1024 * 1024.
  return (typeof mb === 'number' && mb > 0 ? mb : defaultMaxFileSizeMb) * 1024 * 1024;
}

/** A size for people: one decimal, rounded `up` (a file's size) or down (a limit), so "too large" never reads as equal. */
export function formatSize(bytes: number, round: 'up' | 'down' = 'up'): string {
  const units = [
    [1024 * 1024 * 1024, 'GB'],
    [1024 * 1024, 'MB'],
    [1024, 'KB'],
  ] as const;
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const tenths = (round === 'up' ? Math.ceil : Math.floor)((bytes / size) * 10) / 10;
      return `${Number.isInteger(tenths) ? tenths : tenths.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}
