import { describe, expect, it } from 'vitest';
import { byCategory, searchCustom, searchUnicode } from './emojiCatalog';
import { emojiMap, isPureRenote, noteLink, noteView, pollSummary, pollTimeLeft } from './noteView';
import { withOwnReaction } from './reactionCounts';

describe('noteView', () => {
  it('fills every field from garbage', () => {
    for (const raw of [null, undefined, 3, 'x', [], {}, { user: 5, files: 'x', reactions: [], poll: { choices: [] } }]) {
      const v = noteView(raw);
      expect(v.user.username).toBe('?');
      expect(v.files).toEqual([]);
      expect(v.reactions).toEqual([]);
      expect(v.poll).toBeNull();
      expect(v.visibility).toBe('public');
    }
  });
  it('keeps only positive numeric reaction counts and string emoji URLs', () => {
    const v = noteView({ reactions: { a: 2, b: 0, c: 'x', d: -1 }, emojis: { ok: 'https://x', bad: 3, __proto__: 'y' } });
    expect(v.reactions).toEqual([['a', 2]]);
    expect(Object.keys(v.emojis)).toEqual(['ok']);
  });
  it('accepts the old emoji array shape', () => {
    expect(emojiMap([{ name: 'a', url: 'https://a' }, { name: 1 }])).toEqual(Object.assign(Object.create(null), { a: 'https://a' }));
  });
  it('cuts runs of combining marks in every text a person reads, not in ids, URLs or reaction keys', () => {
    const storm = `a${'\u0301'.repeat(500)}`;
    const capped = `a${'\u0301'.repeat(30)}`;
    const v = noteView({
      id: storm,
      text: storm,
      cw: storm,
      url: `https://x.test/${storm}`,
      user: { name: storm, username: storm, host: storm, instance: { name: storm } },
      files: [{ name: storm, comment: storm }],
      poll: { choices: [{ text: storm, votes: 1 }] },
      channel: { name: storm },
      reactions: { [storm]: 1 },
    });
    for (const text of [v.text, v.cw, v.user.name, v.user.username, v.user.host, v.user.instance?.name, v.files[0]?.name, v.files[0]?.comment, v.poll?.choices[0]?.text, v.channelName]) expect(text).toBe(capped);
    expect(v.id).toBe(storm);
    expect(v.url).toBe(`https://x.test/${storm}`);
    expect(v.reactions[0]?.[0]).toBe(storm);
  });
  it('pure renote vs quote', () => {
    expect(isPureRenote(noteView({ renote: { id: 'r' } }))).toBe(true);
    expect(isPureRenote(noteView({ text: 'q', renote: { id: 'r' } }))).toBe(false);
  });
  it('limits renote depth', () => {
    const deep = { renote: { renote: { renote: { renote: { id: 'x' } } } } };
    expect(noteView(deep).renote?.renote?.renote).toBeNull();
  });
  it('note links: the remote url, else the account server', () => {
    expect(noteLink({ id: 'a', url: 'https://r.test/notes/a', uri: null }, 'https://me.test')).toBe('https://r.test/notes/a');
    expect(noteLink({ id: 'a', url: 'javascript:1', uri: null }, 'https://me.test/')).toBe('https://me.test/notes/a');
    expect(noteLink({ id: 'a', url: null, uri: null }, undefined)).toBeNull();
  });
});

describe('polls', () => {
  const poll = { multiple: false, expiresAt: null, choices: [{ text: 'a', votes: 1, isVoted: false }, { text: 'b', votes: 3, isVoted: true }] };
  it('sums, percents, voted', () => {
    const s = pollSummary(poll, 0);
    expect(s.total).toBe(4);
    expect(s.choices.map((c) => c.percent)).toEqual([25, 75]);
    expect(s.canVote).toBe(false);
    expect(pollSummary({ ...poll, multiple: true }, 0).canVote).toBe(true);
  });
  it('expiry', () => {
    expect(pollSummary({ ...poll, expiresAt: new Date(1000).toISOString() }, 2000).expired).toBe(true);
    expect(pollTimeLeft(new Date(3_600_000 * 5).toISOString(), 0)).toBe('5 hours left');
    expect(pollTimeLeft(null, 0)).toBeNull();
    expect(pollTimeLeft('nonsense', 0)).toBeNull();
  });
});

describe('reactions', () => {
  it('applies the own change before the server confirms it', () => {
    expect(withOwnReaction([['a', 1], ['b', 2]], 'a', 'b')).toEqual([['b', 3]]);
    expect(withOwnReaction([['a', 1]], null, 'c')).toEqual([['a', 1], ['c', 1]]);
    expect(withOwnReaction([['a', 2]], 'a', null)).toEqual([['a', 1]]);
  });
});

describe('emoji search', () => {
  const list = [
    { name: 'blobcat', aliases: ['ねこ'], category: 'Blob' },
    { name: 'cat', aliases: [], category: null },
    { name: 'catjam', aliases: null, category: 'Blob' },
  ];
  it('exact, then prefix, then substring; aliases count', () => {
    expect(searchCustom(list, 'cat').map((e) => e.name)).toEqual(['cat', 'catjam', 'blobcat']);
    expect(searchCustom(list, ':ねこ').map((e) => e.name)).toEqual(['blobcat']);
    expect(searchCustom(list, '')).toEqual([]);
  });
  it('groups by category, uncategorised last', () => {
    expect(byCategory(list).map(([c, es]) => [c, es.length])).toEqual([
      ['Blob', 2],
      ['Other', 1],
    ]);
  });
  it('unicode by name', () => {
    expect(searchUnicode('party').map((e) => e.char)).toContain('🎉');
  });
});
