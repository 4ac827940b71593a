import { describe, expect, it } from 'vitest';
import { coreMessage } from '../../../shared/messages/coreMessage';
import { movedColumns } from '../../store/deckSlice';
import { columnOptions, parseAcct } from './columnKinds';
import { dropIndex } from './columnDrag';
import { liveLabel, liveView, worstConnection } from './liveState';

const cols = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

describe('column drag and drop', () => {
  it('gives the toIndex deck.moveColumn expects', () => {
    expect(dropIndex(cols, 'a', 'c', 'before')).toBe(1);
    expect(dropIndex(cols, 'a', 'c', 'after')).toBe(2);
    expect(dropIndex(cols, 'd', 'a', 'before')).toBe(0);
    expect(dropIndex(cols, 'b', 'a', 'after')).toBeNull();
    expect(dropIndex(cols, 'b', 'b', 'after')).toBeNull();
    expect(movedColumns(cols as never, 'a', 2).map((c) => c.id)).toEqual(['b', 'c', 'a', 'd']);
  });
});

describe('live state', () => {
  it('puts the account stream first, then the column channel', () => {
    expect(liveView({ state: 'offline', since: 0 }, { state: 'live' }).state).toBe('offline');
    expect(liveView({ state: 'reconnecting', retryInMs: 5000, since: 1000 }, undefined)).toEqual({ state: 'reconnecting', retryAt: 6000 });
    expect(liveLabel({ state: 'reconnecting', retryAt: 6000 }, 2500)).toBe('Reconnecting in 4 seconds');
    const refused = { state: 'refused', reason: coreMessage('streamRefused', { channel: 'antenna' }) } as const;
    expect(liveLabel(liveView({ state: 'connected', since: 0 }, refused), 0)).toBe(
      'Not live: The server did not accept the live antenna stream; this column refreshes when the connection comes back.',
    );
    expect(liveLabel(liveView({ state: 'connected', since: 0 }, { state: 'refused' }), 0)).toBe('Not live');
    expect(liveLabel(liveView({ state: 'connected', since: 0 }, { state: 'polling' }), 0)).toBe('Refreshes every 30 s');
    expect(liveLabel(liveView({ state: 'connected', since: 0 }, undefined), 0)).toBe('Live');
    expect(worstConnection([{ state: 'connected', since: 0 }, undefined, { state: 'reconnecting', since: 0 }])?.state).toBe('reconnecting');
  });
});

describe('add-column helpers', () => {
  it('reads @name and @name@host', () => {
    expect(parseAcct('@alice')).toEqual({ username: 'alice', host: null });
    expect(parseAcct('alice@misskey.io')).toEqual({ username: 'alice', host: 'misskey.io' });
    expect(parseAcct('@a b')).toBeNull();
  });
  it('offers replies only where the timeline takes them, and no options for notifications', () => {
    expect(columnOptions('social')).toContain('withReplies');
    expect(columnOptions('home')).not.toContain('withReplies');
    expect(columnOptions('allNotifications')).toEqual([]);
  });
});
