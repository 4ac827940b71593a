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

  it('applies everything else at once, and a note update only after the queued notes it concerns', () => {
    const { scheduler, applied } = setup();
    const state: TimelineItem = { type: 'columnState', columnId: 'c1', state: 'live' };
    const deleted: TimelineItem = { type: 'noteUpdated', accountId: 'a1', noteId: 'a', update: { type: 'deleted' } as never };
    scheduler.push([notes('c1', 'a'), state]);
    expect(applied).toEqual([[state]]);
    scheduler.push([notes('c2', 'b'), notes('c3', 'a'), deleted]);
    expect(applied).toEqual([[state], [notes('c1', 'a'), notes('c3', 'a')], [deleted]]);
    // c2 does not hold the note: it waits for its frame.
    expect(scheduler.pending()).toBe(1);
  });

  it('applies an update about a note no queue holds at once, leaving the queues to their frames', () => {
    const { scheduler, applied, frame } = setup();
    const reacted: TimelineItem = { type: 'noteUpdated', accountId: 'a1', noteId: 'old', update: { type: 'reacted', reaction: '👍', emoji: null, userId: 'u' } };
    scheduler.push([notes('c1', 'a'), notes('c2', 'b')]);
    scheduler.push([reacted]);
    expect(applied).toEqual([[reacted]]);
    frame();
    expect(applied.slice(1)).toEqual([[notes('c1', 'a')], [notes('c2', 'b')]]);
  });

  it('applies a queued note that carries the updated note as its renote or reply before the update', () => {
    const { scheduler, applied } = setup();
    const quote = { ...note('q'), renote: note('r') } as Note;
    const reply = { ...note('p'), reply: note('parent') } as Note;
    const quoted: TimelineItem = { type: 'notes', columnId: 'c1', notes: [quote] };
    const replied: TimelineItem = { type: 'notes', columnId: 'c2', notes: [reply] };
    const reacted = (noteId: string): TimelineItem => ({ type: 'noteUpdated', accountId: 'a1', noteId, update: { type: 'reacted', reaction: '👍', emoji: null, userId: 'u' } });
    scheduler.push([quoted, replied, notes('c3', 'x')]);
    scheduler.push([reacted('r')]);
    expect(applied).toEqual([[quoted], [reacted('r')]]);
    scheduler.push([reacted('parent')]);
    expect(applied.slice(2)).toEqual([[replied], [reacted('parent')]]);
    expect(scheduler.pending()).toBe(1);
  });

  it('applies a column’s queue before notes are removed from that column, and only that column’s', () => {
    const { scheduler, applied } = setup();
    const removed: TimelineItem = { type: 'columnNotesRemoved', columnId: 'c2', noteIds: ['b'] };
    scheduler.push([notes('c1', 'a'), notes('c2', 'b'), removed]);
    expect(applied).toEqual([[notes('c2', 'b')], [removed]]);
    expect(scheduler.pending()).toBe(1);
  });

  it('counts a column applied early for an update towards its minimum interval', () => {
    const { scheduler, frame, columnsApplied } = setup({ minIntervalMs: 80 });
    const reacted: TimelineItem = { type: 'noteUpdated', accountId: 'a1', noteId: 'a', update: { type: 'reacted', reaction: '👍', emoji: null, userId: 'u' } };
    scheduler.push([notes('c1', 'a'), reacted]);
    expect(columnsApplied()).toEqual(['c1']);
    scheduler.push([notes('c1', 'b')]);
    frame(16);
    expect(columnsApplied()).toEqual(['c1']);
    frame(80);
    expect(columnsApplied()).toEqual(['c1', 'c1']);
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
