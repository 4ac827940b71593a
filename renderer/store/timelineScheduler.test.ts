import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../shared/contract/events';
import type { Note } from '../../shared/model/note';
import { createTimelineScheduler, type TimelineSchedulerOptions } from './timelineScheduler';

const note = (id: string): Note => ({ id, createdAt: '2026-01-01T00:00:00Z' }) as Note;
const notes = (columnId: string, ...ids: string[]): TimelineItem => ({ type: 'notes', columnId, notes: ids.map(note) });

/** A scheduler over fake frames, timers and clock; `cost` is how long applying one item takes. */
function setup(options: Partial<TimelineSchedulerOptions> = {}, cost = 0) {
  let clock = 0;
  const frames: (() => void)[] = [];
  const timers: { fn: () => void; at: number }[] = [];
  const applied: TimelineItem[][] = [];
  const scheduler = createTimelineScheduler(
    (items) => {
      applied.push([...items]);
      clock += cost * items.length;
    },
    {
      requestFrame: (callback) => frames.push(callback),
      setTimer: (fn, ms) => {
        const timer = { fn, at: clock + ms };
        timers.push(timer);
        return timer;
      },
      clearTimer: (handle) => {
        const i = timers.indexOf(handle as (typeof timers)[number]);
        if (i >= 0) timers.splice(i, 1);
      },
      now: () => clock,
      ...options,
    },
  );
  const frame = (advance = 16) => {
    clock += advance;
    const pending = frames.splice(0);
    for (const callback of pending) callback();
  };
  const wait = (ms: number) => {
    clock += ms;
    for (const timer of timers.filter((t) => t.at <= clock)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.fn();
    }
  };
  const columnsApplied = () => applied.flatMap((items) => items.filter((i) => i.type === 'notes').map((i) => (i as { columnId: string }).columnId));
  return { scheduler, applied, frame, wait, columnsApplied };
}

describe('the timeline scheduler', () => {
  it('applies notes in the next frame, each column once with all its notes, in arrival order', () => {
    const { scheduler, applied, frame } = setup();
    scheduler.push([notes('c1', 'a'), notes('c2', 'b')]);
    scheduler.push([notes('c1', 'c')]);
    expect(applied).toEqual([]);
    expect(scheduler.pending()).toBe(3);
    frame();
    expect(applied).toEqual([[notes('c1', 'a', 'c')], [notes('c2', 'b')]]);
    expect(scheduler.pending()).toBe(0);
  });

  it('stops at the time budget and goes on round-robin in the next frames', () => {
    const { scheduler, frame, columnsApplied } = setup({ budgetMs: 6 }, 4);
    scheduler.push(['c1', 'c2', 'c3', 'c4'].map((c) => notes(c, `${c}-1`)));
    frame();
    expect(columnsApplied()).toEqual(['c1', 'c2']);
    scheduler.push([notes('c1', 'c1-2')]);
    frame();
    expect(columnsApplied()).toEqual(['c1', 'c2', 'c3', 'c4']);
    frame();
    // c1 queued again after c3 and c4: it waits its turn.
    expect(columnsApplied()).toEqual(['c1', 'c2', 'c3', 'c4', 'c1']);
  });

  it('always applies at least one column per frame, however slow', () => {
    const { scheduler, frame, columnsApplied } = setup({ budgetMs: 1 }, 50);
    scheduler.push([notes('c1', 'a'), notes('c2', 'b')]);
    frame();
    expect(columnsApplied()).toEqual(['c1']);
    frame();
    expect(columnsApplied()).toEqual(['c1', 'c2']);
  });

  it('updates a column at most every minIntervalMs (or its own interval), with what arrived meanwhile', () => {
    const { scheduler, frame, applied, columnsApplied } = setup({ minIntervalMs: 80, intervalFor: (c) => (c === 'hidden' ? 1000 : undefined) });
    scheduler.push([notes('c1', 'a'), notes('hidden', 'h1')]);
    frame();
    expect(columnsApplied()).toEqual(['c1', 'hidden']);
    scheduler.push([notes('c1', 'b'), notes('hidden', 'h2')]);
    frame(16);
    frame(16);
    scheduler.push([notes('c1', 'c')]);
    expect(columnsApplied()).toEqual(['c1', 'hidden']);
    frame(60);
    expect(columnsApplied()).toEqual(['c1', 'hidden', 'c1']);
    expect(applied.at(-1)).toEqual([notes('c1', 'b', 'c')]);
    for (let i = 0; i < 60; i++) frame(16);
    expect(columnsApplied()).toEqual(['c1', 'hidden', 'c1', 'hidden']);
  });

  it('applies everything else at once, and a note update only after the notes queued before it', () => {
    const { scheduler, applied } = setup();
    const state: TimelineItem = { type: 'columnState', columnId: 'c1', state: 'live' };
    const deleted: TimelineItem = { type: 'noteUpdated', accountId: 'a1', noteId: 'a', update: { type: 'deleted' } as never };
    scheduler.push([notes('c1', 'a'), state]);
    expect(applied).toEqual([[state]]);
    scheduler.push([notes('c2', 'b'), deleted]);
    expect(applied).toEqual([[state], [notes('c1', 'a'), notes('c2', 'b')], [deleted]]);
    expect(scheduler.pending()).toBe(0);
  });

  it('goes on from a timer when no frame comes (a hidden window)', () => {
    const { scheduler, applied, wait } = setup({ fallbackMs: 500 });
    scheduler.push([notes('c1', 'a')]);
    wait(499);
    expect(applied).toEqual([]);
    wait(1);
    expect(applied).toEqual([[notes('c1', 'a')]]);
  });

  it('drops what is queued for columns that left the deck', () => {
    const { scheduler, frame, columnsApplied } = setup();
    scheduler.push([notes('c1', 'a'), notes('gone', 'b')]);
    scheduler.retain(['c1']);
    frame();
    expect(columnsApplied()).toEqual(['c1']);
  });
});
