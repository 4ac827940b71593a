import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MisskeyClient } from '../misskey/misskeyClient';
import { quietLogger } from '../../../e2e/support/core/coreHarness';
import { TokenWatch } from './tokenWatch';

describe('TokenWatch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(random = () => 0.5) {
    const asked: string[] = [];
    const client = (accountId: string) => ({ request: async (endpoint: string) => void asked.push(`${accountId} ${endpoint}`) }) as unknown as MisskeyClient;
    const watch = new TokenWatch({ intervalMs: 60_000, clientFor: client, logger: quietLogger(), random });
    return { watch, asked };
  }

  it('asks `i` about every minute per watched account, jittered by up to 10 %', async () => {
    const { watch, asked } = setup(() => 0);
    watch.watch('a1');
    watch.watch('a1');
    await vi.advanceTimersByTimeAsync(53_999);
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toEqual(['a1 i']);
    await vi.advanceTimersByTimeAsync(54_000);
    expect(asked).toEqual(['a1 i', 'a1 i']);
    watch.dispose();
  });

  it('stops when the account is no longer watched (stream down, signed out)', async () => {
    const { watch, asked } = setup(() => 1);
    watch.watch('a1');
    watch.watch('a2');
    await vi.advanceTimersByTimeAsync(66_000);
    expect(asked.sort()).toEqual(['a1 i', 'a2 i']);
    watch.unwatch('a1');
    await vi.advanceTimersByTimeAsync(10 * 66_000);
    expect(asked.filter((a) => a.startsWith('a1'))).toHaveLength(1);
    expect(asked.filter((a) => a.startsWith('a2'))).toHaveLength(11);
    watch.dispose();
    await vi.advanceTimersByTimeAsync(10 * 66_000);
    expect(asked.filter((a) => a.startsWith('a2'))).toHaveLength(11);
  });
});
