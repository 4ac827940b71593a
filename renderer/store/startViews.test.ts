import { describe, expect, it } from 'vitest';
import type { MissDeckApi } from '../../shared/contract/bridge';
import type { CachedColumnView } from '../../shared/model/columnCache';
import type { Note } from '../../shared/model/note';
import { createAppStore } from './createAppStore';

const note = (id: string, second: number): Note =>
  ({ id, createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString(), text: id }) as Note;
const view = (notes: Note[], updating = true): CachedColumnView => ({ notes, notifications: [], position: null, updating, gaps: [] });

/** A bridge whose `timeline.startViews` answers when the test says so; every call is recorded. */
function fakeApi(startViews: Record<string, CachedColumnView>) {
  const calls: { name: string; input: unknown }[] = [];
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const handlers: Record<string, (input: { columnId?: string }) => unknown> = {
    'timeline.startViews': async () => {
      await released;
      return { ok: true, value: startViews };
    },
    'timeline.cached': ({ columnId }) => ({ ok: true, value: columnId === 'late' ? view([note('l1', 1)], false) : null }),
    'timeline.load': () => ({ ok: true, value: [note('fresh', 9)] }),
  };
  const commands = new Proxy(
    {},
    {
      get: (_t, name: string) => async (input: { columnId?: string }) => {
        calls.push({ name, input });
        return (handlers[name] ?? (() => ({ ok: true, value: null })))(input);
      },
    },
  );
  return { api: { commands: commands as MissDeckApi['commands'], on: () => () => {} } satisfies MissDeckApi, calls, release };
}

describe('start views', () => {
  it('paints every cached column from one answer, with no request per column', async () => {
    const fake = fakeApi({ c1: view([note('b', 2), note('a', 1)]), c2: view([note('c', 3)]) });
    const store = createAppStore(fake.api);
    store.getState().prefetchStartViews();
    store.getState().prefetchStartViews();
    fake.release();
    await expect.poll(() => store.getState().columnLoads.c2?.status).toBe('loaded');
    const s = store.getState();
    expect(s.columnNoteIds).toEqual({ c1: ['b', 'a'], c2: ['c'] });
    expect(s.columnLoads.c1).toMatchObject({ status: 'loaded', updating: true });
    // A column mounting now finds itself loaded (it loads only when idle): nothing more was asked.
    expect(fake.calls.map((c) => c.name)).toEqual(['timeline.startViews']);
  });

  it('a column that starts loading before the answer takes its view from it, once', async () => {
    const fake = fakeApi({ c1: view([note('a', 1)]) });
    const store = createAppStore(fake.api);
    store.getState().prefetchStartViews();
    const loading = store.getState().loadColumn('c1');
    expect(store.getState().columnLoads.c1?.status).toBe('loading');
    fake.release();
    await loading;
    expect(store.getState().columnNoteIds.c1).toEqual(['a']);
    expect(fake.calls.map((c) => c.name)).toEqual(['timeline.startViews']);
  });

  it('a column the answer left out asks for its own view, then loads from the server when there is none', async () => {
    const fake = fakeApi({});
    const store = createAppStore(fake.api);
    store.getState().prefetchStartViews();
    fake.release();
    await store.getState().loadColumn('late');
    await store.getState().loadColumn('plain');
    expect(store.getState().columnNoteIds).toEqual({ late: ['l1'], plain: ['fresh'] });
    expect(fake.calls.map((c) => `${c.name}${c.input && (c.input as { columnId?: string }).columnId ? `:${(c.input as { columnId: string }).columnId}` : ''}`)).toEqual([
      'timeline.startViews',
      'timeline.cached:late',
      'timeline.cached:plain',
      'timeline.load:plain',
    ]);
  });

  it('a failed answer paints nothing and the columns load as without a cache', async () => {
    const fake = fakeApi({});
    const store = createAppStore({
      ...fake.api,
      commands: new Proxy(fake.api.commands, {
        get: (target, name: string) =>
          name === 'timeline.startViews' ? async () => ({ ok: false, error: { code: 'NETWORK', message: 'lost' } }) : (target as Record<string, unknown>)[name],
      }),
    });
    store.getState().prefetchStartViews();
    await store.getState().loadColumn('plain');
    expect(store.getState().columnNoteIds.plain).toEqual(['fresh']);
  });
});
