import { describe, expect, it } from 'vitest';
import type { Note } from '../../shared/model/note';
import { withoutUnreferencedNotes } from './noteSweep';
import { copyOfNotes } from './notesById';

const notes = (...ids: string[]): Record<string, Note> => Object.fromEntries(ids.map((id) => [id, { id } as Note]));

describe('withoutUnreferencedNotes', () => {
  it('drops the notes no column refers to and keeps those any column does', () => {
    const held = notes('a', 'b', 'c', 'd');
    const kept = withoutUnreferencedNotes(held, { c1: ['a'], c2: ['c', 'a'], c3: [] });
    expect(Object.keys(kept).sort()).toEqual(['a', 'c']);
    expect(kept.a).toBe(held.a);
    expect(Object.keys(held)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives back the same object when every note is referenced', () => {
    const held = notes('a', 'b');
    expect(withoutUnreferencedNotes(held, { c1: ['a', 'x'], c2: ['b'] })).toBe(held);
  });
});

describe('copyOfNotes', () => {
  it('holds the same notes, and changing it leaves the original as it was', () => {
    const held = notes('a', 'b');
    const copy = copyOfNotes(held);
    expect(copy).toEqual(held);
    expect(copy.a).toBe(held.a);
    copy.c = { id: 'c' } as Note;
    delete copy.a;
    expect(Object.keys(held)).toEqual(['a', 'b']);
  });
});
