import { afterEach, beforeEach } from 'vitest';
import type { SecretCipher } from '../../../electron/core/platform';
import { memoryStore, startCore, startStandin, testCipher, type CoreUnderTest, type Standin } from './coreHarness';

export interface TwoServers {
  readonly serverA: Standin;
  readonly serverB: Standin;
  /** A core over `store` (fresh unless given), disposed after the test. */
  boot(store?: ReturnType<typeof memoryStore>, cipher?: SecretCipher): Promise<CoreUnderTest>;
}

/** Two Misskey stand-ins per test, and every core a test boots disposed after it. */
export function useTwoServers(): TwoServers {
  const cores: CoreUnderTest[] = [];
  const servers: { a?: Standin; b?: Standin } = {};
  beforeEach(async () => {
    servers.a = await startStandin({ name: 'Server A' });
    servers.b = await startStandin({ name: 'Server B' });
  });
  afterEach(async () => {
    for (const harness of cores.splice(0)) await harness.core.dispose();
    await servers.a?.close();
    await servers.b?.close();
  });
  return {
    get serverA() {
      return servers.a!;
    },
    get serverB() {
      return servers.b!;
    },
    async boot(store = memoryStore(), cipher = testCipher()) {
      const harness = await startCore({ store, cipher });
      cores.push(harness);
      return harness;
    },
  };
}
