import { describe, expect, it } from 'vitest';
import { applyCompletion, completionAt, recentHashtags } from './autocomplete';
import { createInput, postBlocker, remainingChars, type ComposeFields } from './composeLogic';
import { draftOf } from './state/draft';

const fields = (patch: Partial<ComposeFields> = {}): ComposeFields => ({
  text: '',
  cw: null,
  visibility: 'public',
  recipients: [],
  localOnly: false,
  poll: null,
  fileIds: [],
  ...patch,
});

describe('compose logic', () => {
  it('counts code points', () => {
    expect(remainingChars('🎉あa', 5)).toBe(2);
  });
  it('blocks empty, too long, short polls, direct without recipients', () => {
    expect(postBlocker(fields(), 10)).toMatch(/Write/);
    expect(postBlocker(fields({ text: 'x'.repeat(11) }), 10)).toMatch(/too long/);
    expect(postBlocker(fields({ poll: { choices: ['a', ' '], multiple: false, expiry: 'none' } }), 10)).toMatch(/two choices/);
    expect(postBlocker(fields({ text: 'x', visibility: 'specified' }), 10)).toMatch(/Choose/);
    expect(postBlocker(fields({ renoteId: 'r' }), 10)).toBeNull();
  });
  it('builds notes.create input', () => {
    expect(
      createInput('a', fields({ text: 'hi', cw: ' ', visibility: 'specified', recipients: [{ id: 'u' }], poll: { choices: ['x', '', 'y'], multiple: false, expiry: '1h' } })),
    ).toEqual({ accountId: 'a', text: 'hi', visibility: 'specified', visibleUserIds: ['u'], poll: { choices: ['x', 'y'], multiple: false, expiredAfter: 3_600_000 } });
  });
  it('drafts: null when empty', () => {
    expect(draftOf({ text: ' ', cw: null, visibility: 'public', localOnly: false, pollChoices: null, recipients: [] })).toBeNull();
    expect(draftOf({ text: 'a', cw: null, visibility: 'home', localOnly: true, pollChoices: null, recipients: [] })).toMatchObject({ text: 'a', visibility: 'home' });
  });
  it('drafts of a reply or quote: null while only the start is there; they name their note', () => {
    const reply = { text: '@bob ', cw: 'spoilers', slot: { kind: 'reply', noteId: 'p1' } } as const;
    const blank = { visibility: 'home', localOnly: false, pollChoices: null, recipients: [] } as const;
    expect(draftOf({ ...blank, text: '@bob', cw: 'spoilers' }, reply)).toBeNull();
    expect(draftOf({ ...blank, text: '@bob hi', cw: 'spoilers' }, reply)).toMatchObject({ text: '@bob hi', replyId: 'p1', renoteId: null });
    expect(draftOf({ ...blank, text: '@bob ', cw: null }, reply)).toMatchObject({ cw: null, replyId: 'p1' });
    expect(draftOf({ ...blank, text: '', cw: null, pollChoices: ['a', ''] }, { text: '', cw: null, slot: { kind: 'quote', noteId: 'q1' } })).toMatchObject({ renoteId: 'q1', replyId: null });
  });
});

describe('autocomplete', () => {
  it('finds the word at the caret', () => {
    expect(completionAt('hi @ali', 7)).toEqual({ kind: 'mention', query: 'ali', start: 3, end: 7 });
    expect(completionAt('@bob@mi.ex', 10)).toMatchObject({ kind: 'mention', query: 'bob@mi.ex' });
    expect(completionAt('see #みすきー', 9)).toEqual({ kind: 'hashtag', query: 'みすきー', start: 4, end: 9 });
    expect(completionAt('nice :blo', 9)).toEqual({ kind: 'emoji', query: 'blo', start: 5, end: 9 });
    expect(completionAt('mail a@b', 8)).toBeNull();
    expect(completionAt('12:30', 5)).toBeNull();
    expect(completionAt('@ab', 1, 3)).toBeNull();
  });
  it('replaces it and adds a space', () => {
    const q = completionAt('hi @al there', 6)!;
    expect(applyCompletion('hi @al there', q, '@alice')).toEqual({ text: 'hi @alice there', caret: 9 });
  });
  it('recent hashtags by use', () => {
    expect(recentHashtags([{ tags: ['misskey', 'mi'] }, { tags: ['misskey'] }, { tags: 'x' }, {}], 'mi')).toEqual(['misskey', 'mi']);
  });
});
