import { describe, expect, it } from 'vitest';
import { createNoteWatcher, watchSet } from './noteWatch';

function timers() {
  const queue: (() => void)[] = [];
  return {
    setTimer: (fn: () => void) => queue.push(fn),
    clearTimer: () => {},
    run: () => queue.splice(0).forEach((fn) => fn()),
    pending: () => queue.length,
  };
}

describe('note watching', () => {
  it('is the union of every column, once per account and note', () => {
    const set = watchSet(
      new Map([
        ['c1', [{ accountId: 'a', noteId: '2' }, { accountId: 'a', noteId: '1' }]],
        ['c2', [{ accountId: 'a', noteId: '1' }, { accountId: 'b', noteId: '1' }]],
      ]),
    );
    expect(set).toEqual([{ accountId: 'a', noteId: '1' }, { accountId: 'a', noteId: '2' }, { accountId: 'b', noteId: '1' }]);
  });

  it('sends once per quiet period, only when the set changed, and the full set each time', () => {
    const sent: unknown[] = [];
    const t = timers();
    const watcher = createNoteWatcher({ send: (notes) => sent.push(notes), setTimer: t.setTimer, clearTimer: t.clearTimer });
    watcher.report('c1', [{ accountId: 'a', noteId: '1' }]);
    watcher.report('c1', [{ accountId: 'a', noteId: '1' }, { accountId: 'a', noteId: '2' }]);
    watcher.report('c2', [{ accountId: 'b', noteId: '9' }]);
    expect(t.pending()).toBe(1);
    t.run();
    expect(sent).toEqual([[{ accountId: 'a', noteId: '1' }, { accountId: 'a', noteId: '2' }, { accountId: 'b', noteId: '9' }]]);
    // The same again: nothing to send.
    watcher.report('c1', [{ accountId: 'a', noteId: '2' }, { accountId: 'a', noteId: '1' }]);
    t.run();
    expect(sent).toHaveLength(1);
    watcher.forget('c2');
    t.run();
    expect(sent.at(-1)).toEqual([{ accountId: 'a', noteId: '1' }, { accountId: 'a', noteId: '2' }]);
    watcher.flush(true);
    expect(sent).toHaveLength(3);
  });
});
