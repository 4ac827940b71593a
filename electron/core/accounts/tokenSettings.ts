import { z } from 'zod';
import type { KeyValueStore } from '../platform';

const storeKey = 'tokenStorage';
const settingsSchema = z.object({ version: z.literal(1), sessionOnly: z.boolean() });

/** Whether tokens are written to disk (sealed) or kept for the session only. */
export function readSessionOnly(store: KeyValueStore): boolean {
  const parsed = settingsSchema.safeParse(store.get(storeKey));
  return parsed.success ? parsed.data.sessionOnly : false;
}

export function writeSessionOnly(store: KeyValueStore, sessionOnly: boolean): void {
  store.set(storeKey, { version: 1, sessionOnly });
}
