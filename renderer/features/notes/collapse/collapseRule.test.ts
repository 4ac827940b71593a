import { describe, expect, it } from 'vitest';
import { isLongNote, isRenoteCollapsed, lazyRepeatedRenotes, linksIn, repeatedRenotes } from './collapseRule';

const note = (fields: { cw?: string | null; text?: string | null; files?: number; renote?: { url: string | null; uri: string | null } | null }) => ({
  cw: fields.cw ?? null,
  text: fields.text ?? null,
  files: Array.from({ length: fields.files ?? 0 }, () => ({})),
  renote: fields.renote ?? null,
});

describe("isLongNote (Misskey's shouldCollapseLegacy)", () => {
  it('folds text over 500 characters, not at 500', () => {
    expect(isLongNote(note({ text: 'a'.repeat(500) }))).toBe(false);
    expect(isLongNote(note({ text: 'a'.repeat(501) }))).toBe(true);
    // JavaScript's length: an emoji counts twice, as in Misskey.
    expect(isLongNote(note({ text: '😀'.repeat(251) }))).toBe(true);
  });

  it('folds more than 9 lines, not 9', () => {
    expect(isLongNote(note({ text: Array(9).fill('line').join('\n') }))).toBe(false);
    expect(isLongNote(note({ text: Array(10).fill('line').join('\n') }))).toBe(true);
    // An empty last line is a line, as split('\n') counts.
    expect(isLongNote(note({ text: `${Array(9).fill('x').join('\n')}\n` }))).toBe(true);
  });

  it('folds big MFM ($[x2, $[x3, $[x4, $[scale) however short, but not $[x1 or $[tada', () => {
    for (const fn of ['$[x2 hi]', '$[x3 hi]', '$[x4 hi]', '$[scale.x=2 hi]', 'a $[x2 b'])
      expect(isLongNote(note({ text: fn })), fn).toBe(true);
    for (const fn of ['$[tada hi]', '$[x1 hi]', '$[flip hi]', 'x2 scale'])
      expect(isLongNote(note({ text: fn })), fn).toBe(false);
  });

  it('folds 4 links or more, each page counted once, silent links not', () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => `https://example.com/${i}`).join(' ');
    expect(isLongNote(note({ text: links(3) }))).toBe(false);
    expect(isLongNote(note({ text: links(4) }))).toBe(true);
    expect(isLongNote(note({ text: `${links(3)} [label](https://example.org/x)` }))).toBe(true);
    expect(isLongNote(note({ text: `${links(3)} ?[silent](https://example.org/x)` }))).toBe(false);
    expect(isLongNote(note({ text: `${links(3)} https://example.com/0#part` }))).toBe(false);
    expect(linksIn('https://a.test/#1 https://a.test/#2 https://b.test/')).toEqual(['https://a.test/#1', 'https://b.test/']);
  });

  it("does not count the quoted note's own link", () => {
    const quoted = { url: 'https://remote.test/notes/q', uri: 'https://remote.test/notes/q' };
    const text = 'https://a.test/1 https://a.test/2 https://a.test/3 https://remote.test/notes/q';
    expect(isLongNote(note({ text }))).toBe(true);
    expect(isLongNote(note({ text, renote: quoted }))).toBe(false);
  });

  it('folds 5 files or more, with or without text', () => {
    expect(isLongNote(note({ files: 4, text: 'hi' }))).toBe(false);
    expect(isLongNote(note({ files: 5 }))).toBe(true);
    expect(isLongNote(note({ files: 5, text: 'hi' }))).toBe(true);
  });

  it('never folds a note with a CW (the CW folds it already)', () => {
    expect(isLongNote(note({ cw: 'spoiler', text: 'a'.repeat(2000) }))).toBe(false);
    expect(isLongNote(note({ cw: 'spoiler', files: 8 }))).toBe(false);
    expect(isLongNote(note({ cw: '', text: '$[x2 big]' }))).toBe(false);
  });

  it('leaves short and empty notes open', () => {
    expect(isLongNote(note({ text: 'hello' }))).toBe(false);
    expect(isLongNote(note({ text: null }))).toBe(false);
    expect(isLongNote(note({ text: '' }))).toBe(false);
  });
});

describe("isRenoteCollapsed (Misskey's collapseRenotes)", () => {
  const renote = (by: string, of: string, myReaction: string | null = null) => ({ user: { id: by }, renote: { user: { id: of }, myReaction } });

  it("folds the viewer's renotes, renotes of the viewer's notes and of notes the viewer reacted to", () => {
    expect(isRenoteCollapsed(renote('me', 'bob'), 'me', true)).toBe(true);
    expect(isRenoteCollapsed(renote('bob', 'me'), 'me', true)).toBe(true);
    expect(isRenoteCollapsed(renote('bob', 'carol', '👍'), 'me', true)).toBe(true);
    expect(isRenoteCollapsed(renote('bob', 'carol'), 'me', true)).toBe(false);
  });

  it('folds nothing when turned off, or when the note is not a renote', () => {
    expect(isRenoteCollapsed(renote('me', 'me', '👍'), 'me', false)).toBe(false);
    expect(isRenoteCollapsed({ user: { id: 'me' }, renote: null }, 'me', true)).toBe(false);
    expect(isRenoteCollapsed(renote('bob', 'carol'), null, true)).toBe(false);
  });
});

describe('repeatedRenotes', () => {
  it('folds later renotes of a note the column already shows; the oldest appearance stays whole', () => {
    const notes = {
      o: { id: 'o', text: 'original' },
      r1: { id: 'r1', text: null, renote: { id: 'o' } },
      r2: { id: 'r2', text: null, renote: { id: 'o' } },
      q: { id: 'q', text: 'a quote', renote: { id: 'o' } },
      x1: { id: 'x1', text: null, renote: { id: 'x' } },
      x2: { id: 'x2', text: null, renote: { id: 'x' } },
      y: { id: 'y', text: null, renote: { id: 'y0' }, files: [{}] },
    };
    // Newest first.
    expect([...repeatedRenotes(['x2', 'r2', 'q', 'r1', 'x1', 'o'], notes)].sort()).toEqual(['r1', 'r2', 'x2']);
    // A quote is a note of its own; a renote with files is not a pure renote.
    expect(repeatedRenotes(['q', 'y'], notes).size).toBe(0);
    expect(repeatedRenotes(['missing', 'r1'], notes).size).toBe(0);
  });
});

describe('lazyRepeatedRenotes', () => {
  const notes = {
    o: { id: 'o', text: 'original' },
    r1: { id: 'r1', text: null, renote: { id: 'o' } },
    r2: { id: 'r2', text: null, renote: { id: 'o' } },
  };

  it('answers as repeatedRenotes does', () => {
    const ids = ['r2', 'r1', 'o'];
    const lazy = lazyRepeatedRenotes(ids, notes);
    for (const id of [...ids, 'missing']) expect(lazy.has(id), id).toBe(repeatedRenotes(ids, notes).has(id));
  });

  it('walks the column only when asked about a pure renote', () => {
    let reads = 0;
    const counted = new Proxy(notes, { get: (target, key) => (reads++, Reflect.get(target, key)) }) as typeof notes;
    const lazy = lazyRepeatedRenotes(['r2', 'r1', 'o'], counted);
    expect(lazy.has('o')).toBe(false);
    expect(reads).toBe(1);
    expect(lazy.has('r2')).toBe(true);
    expect(reads).toBeGreaterThan(2);
  });
});
