import { describe, expect, it } from 'vitest';
import type { AppStatus } from '../../shared/model/appStatus';
import type { ColumnView } from '../../shared/model/column';
import { connectStore } from './connectStore';
import { createAppStore } from './createAppStore';
import { account, fakeBridge, ok, settle } from './testing/fakeBridge';

const weak: AppStatus = {
  tokenStorage: { description: 'safeStorage:basic_text', isStrong: false, sessionOnly: false },
  notices: [
    { id: 'weak-token-storage', level: 'warning', message: 'No system keyring.', action: 'keepTokensForSessionOnly' },
    { id: 'notice-1', level: 'info', message: 'accounts.json was unreadable and was set aside.' },
  ],
};
const sessionOnly: AppStatus = {
  tokenStorage: { ...weak.tokenStorage, sessionOnly: true },
  notices: weak.notices.filter((n) => n.id !== 'weak-token-storage'),
};

describe('app status', () => {
  it('loads on connect, follows app.statusChanged, and loads again after a lost link', async () => {
    let status = weak;
    const bridge = fakeBridge({ 'app.status': () => ok(status), 'accounts.list': () => ok([]), 'deck.get': () => ok([]) });
    const store = createAppStore(bridge.api);
    const disconnect = connectStore(store, bridge.connection);
    await settle();
    expect(store.getState().appStatus).toEqual(weak);

    bridge.emit('app.statusChanged', sessionOnly);
    expect(store.getState().appStatus).toEqual(sessionOnly);

    status = { ...weak, notices: [] };
    bridge.setStatus({ state: 'disconnected', retryInMs: 1000 });
    bridge.setStatus({ state: 'connected' });
    await settle();
    expect(bridge.callsOf('app.status')).toHaveLength(2);
    expect(store.getState().appStatus?.notices).toEqual([]);
    disconnect();
  });

  it('dismisses a notice through core and hides it at once', async () => {
    const bridge = fakeBridge();
    const store = createAppStore(bridge.api);
    store.getState().setAppStatus(weak);
    expect(await store.getState().dismissNotice('notice-1')).toBeNull();
    expect(bridge.callsOf('app.dismissNotice')).toEqual([{ noticeId: 'notice-1' }]);
    expect(store.getState().appStatus?.notices.map((n) => n.id)).toEqual(['weak-token-storage']);
  });

  it('keeps the notice and says why when dismissing fails', async () => {
    const error = { code: 'INTERNAL' as const, message: 'Core is busy.' };
    const store = createAppStore(fakeBridge({ 'app.dismissNotice': () => ({ ok: false, error }) }).api);
    store.getState().setAppStatus(weak);
    expect(await store.getState().dismissNotice('notice-1')).toEqual(error);
    expect(store.getState().appStatus?.notices).toHaveLength(2);
    expect(store.getState().noticeError).toEqual(error);
  });

  it('keeps sign-ins for this session only, taking the status core answers', async () => {
    const bridge = fakeBridge({ 'app.setTokensSessionOnly': () => ok(sessionOnly) });
    const store = createAppStore(bridge.api);
    store.getState().setAppStatus(weak);
    expect(await store.getState().keepTokensForSessionOnly()).toBeNull();
    expect(bridge.callsOf('app.setTokensSessionOnly')).toEqual([{ sessionOnly: true }]);
    expect(store.getState().appStatus).toEqual(sessionOnly);
  });
});

describe('reconnecting', () => {
  it('reloads shown columns, but not those whose account must sign in again or is gone', async () => {
    const column = (id: string, accountId: string) => ({ id, accountId, kind: 'home', params: {}, width: 340, collapsed: false }) as ColumnView;
    const bridge = fakeBridge({
      'app.status': () => ok(weak),
      'accounts.list': () => ok([account('a'), account('b', { needsReauth: true })]),
      'deck.get': () => ok([column('ca', 'a'), column('cb', 'b'), column('cx', 'x')]),
      'timeline.load': () => ok([]),
    });
    const store = createAppStore(bridge.api);
    const disconnect = connectStore(store, bridge.connection);
    await settle();
    // As if all three had been on screen before.
    await Promise.all(['ca', 'cb', 'cx'].map((id) => store.getState().loadColumn(id)));
    bridge.calls.length = 0;
    bridge.setStatus({ state: 'reconnecting' });
    bridge.setStatus({ state: 'connected' });
    await settle();
    expect(bridge.callsOf('timeline.load')).toEqual([{ columnId: 'ca' }]);
    disconnect();
  });
});
