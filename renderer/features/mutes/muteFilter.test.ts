import { describe, expect, it } from 'vitest';
import type { AccountMutes } from '../../../shared/model/mutes';
import type { Note } from '../../../shared/model/note';
import { createMuteFilter, noteMuteText, withoutHidden } from './muteFilter';

const none: AccountMutes = {
  accountId: 'a1',
  mutedWords: [],
  hardMutedWords: [],
  mutedInstances: [],
  mutedUserIds: [],
  renoteMutedUserIds: [],
  blockedUserIds: [],
  mutedReactions: [],
  loaded: true,
};

let seq = 0;
function note(over: Partial<Note> & { userId?: string; host?: string | null } = {}): Note {
  const userId = over.userId ?? 'u-bob';
  return {
    id: `n${++seq}`,
    createdAt: '2026-12-06T00:00:00.000Z',
    userId,
    user: { id: userId, username: userId, host: over.host ?? null },
    text: null,
    cw: null,
    files: [],
    ...over,
  } as unknown as Note;
}

describe('createMuteFilter', () => {
  it('folds a note whose text, CW, caption or poll choice has a muted word', () => {
    const filter = createMuteFilter({ ...none, mutedWords: [['apple']] }, 'u-me');
    expect(filter.verdict(note({ text: 'apple' }))).toEqual({ kind: 'soft', words: ['apple'] });
    expect(filter.verdict(note({ cw: 'about apple' }))).toEqual({ kind: 'soft', words: ['apple'] });
    expect(filter.verdict(note({ poll: { choices: [{ text: 'apple', votes: 0, isVoted: false }], multiple: false, expiresAt: null } } as Partial<Note>)).kind).toBe('soft');
    expect(filter.verdict(note({ files: [{ comment: 'an apple' }] } as unknown as Partial<Note>)).kind).toBe('soft');
    expect(filter.verdict(note({ text: 'pear' })).kind).toBe('shown');
  });

  it('checks the renote, the quote and the reply too', () => {
    const filter = createMuteFilter({ ...none, mutedWords: [['apple']] }, 'u-me');
    expect(filter.verdict(note({ renote: note({ text: 'apple' }) } as Partial<Note>)).kind).toBe('soft');
    expect(filter.verdict(note({ text: 'look', renote: note({ text: 'apple' }) } as Partial<Note>)).kind).toBe('soft');
    expect(filter.verdict(note({ text: 'yes', reply: note({ text: 'apple?' }) } as Partial<Note>)).kind).toBe('soft');
  });

  it('hides a hard-muted note, and never mutes the viewer’s own notes', () => {
    const filter = createMuteFilter({ ...none, hardMutedWords: [['durian']] }, 'u-me');
    expect(filter.verdict(note({ text: 'durian' }))).toEqual({ kind: 'hidden', reason: 'word' });
    expect(filter.verdict(note({ text: 'durian', userId: 'u-me' })).kind).toBe('shown');
  });

  it('hides muted and blocked users, their renotes and replies to them, and muted instances', () => {
    const filter = createMuteFilter({ ...none, mutedUserIds: ['u-m'], blockedUserIds: ['u-b'], mutedInstances: ['Spam.Example'] }, 'u-me');
    expect(filter.verdict(note({ userId: 'u-m', text: 'hi' }))).toEqual({ kind: 'hidden', reason: 'user' });
    expect(filter.verdict(note({ userId: 'u-b', text: 'hi' }))).toEqual({ kind: 'hidden', reason: 'user' });
    expect(filter.verdict(note({ renote: note({ userId: 'u-m', text: 'x' }) } as Partial<Note>)).kind).toBe('hidden');
    expect(filter.verdict(note({ text: 'reply', reply: note({ userId: 'u-b', text: 'x' }) } as Partial<Note>)).kind).toBe('hidden');
    expect(filter.verdict(note({ host: 'spam.example', text: 'x' }))).toEqual({ kind: 'hidden', reason: 'instance' });
  });

  it('hides only the pure renotes of a renote-muted user, not their notes or quotes', () => {
    const filter = createMuteFilter({ ...none, renoteMutedUserIds: ['u-r'] }, 'u-me');
    expect(filter.verdict(note({ userId: 'u-r', renote: note({ text: 'x' }) } as Partial<Note>))).toEqual({ kind: 'hidden', reason: 'renote' });
    expect(filter.verdict(note({ userId: 'u-r', text: 'quote', renote: note({ text: 'x' }) } as Partial<Note>)).kind).toBe('shown');
    expect(filter.verdict(note({ userId: 'u-r', text: 'own' })).kind).toBe('shown');
  });

  it('answers a note id from its cache', () => {
    const filter = createMuteFilter({ ...none, mutedWords: [['apple']] }, 'u-me');
    const first = note({ text: 'apple' });
    const verdict = filter.verdict(first);
    expect(filter.verdict({ ...first, reactions: { '👍': 1 } } as Note)).toBe(verdict);
  });

  it('joins the parts of a note for matching', () => {
    expect(noteMuteText(note({ cw: 'cw', text: 'body' }))).toBe('cw\nbody');
  });
});

describe('withoutHidden', () => {
  it("drops the column's hidden notes and keeps the same array when none is hidden or nothing is muted", () => {
    const mine = note({ text: 'fine' });
    const muted = note({ userId: 'u-m', text: 'gone' });
    const byId = { [mine.id]: mine, [muted.id]: muted };
    const ids = [mine.id, muted.id, 'not-loaded'];
    expect(withoutHidden(ids, byId, createMuteFilter({ ...none, mutedUserIds: ['u-m'] }, 'u-me'))).toEqual([mine.id, 'not-loaded']);
    expect(withoutHidden(ids, byId, createMuteFilter({ ...none, mutedUserIds: ['u-x'] }, 'u-me'))).toBe(ids);
    const nothing = createMuteFilter(none, 'u-me');
    expect(nothing.mutesNothing).toBe(true);
    expect(withoutHidden(ids, byId, nothing)).toBe(ids);
  });
});
