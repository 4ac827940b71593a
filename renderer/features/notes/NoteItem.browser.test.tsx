import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ok } from '../../store/testing/fakeBridge';
import { NoteItem } from './NoteItem';
import { NoteOverlays } from './NoteOverlays';
import { notesUiActions } from './state/notesUi';
import { rememberReaction } from './state/recentReactions';
import { file, note, user } from './testing/fixtures';
import { me, other, renderIn, setup, tick } from './testing/harness';
import type { Note } from '../../../shared/model/note';
import { imagesSettled, shownText } from '../emoji/testing/shownText';

const articleOf = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`article[data-note-id="${id}"]`)!;

describe('text and CW', () => {
  it('renders the text through MFM with custom emoji', async () => {
    const s = setup();
    const n = note({ text: '**bold** :blob:', emojis: { blob: 'https://e.test/blob.png' } });
    const screen = await renderIn(s, <NoteItem note={n} />);
    const text = screen.container.querySelector('.note-text')!;
    expect(text.tagName).toBe('DIV');
    expect(text.querySelector('b')?.textContent).toBe('bold');
    expect(text.querySelector('img.mfm-emoji')?.getAttribute('src')).toBe('https://e.test/blob.png');
  });

  it('hides text, files and poll behind the CW until shown', async () => {
    const s = setup();
    const n = note({ cw: 'spoilers', text: 'the secret', files: [file()], poll: { multiple: false, expiresAt: null, choices: [{ text: 'a', votes: 0, isVoted: false }, { text: 'b', votes: 0, isVoted: false }] } });
    const screen = await renderIn(s, <NoteItem note={n} />);
    expect(screen.container.textContent).toContain('spoilers');
    expect(screen.container.textContent).not.toContain('the secret');
    expect(screen.container.querySelector('.media-grid')).toBeNull();
    const toggle = screen.getByRole('button', { name: /Show content/ });
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle.element().textContent).toContain('1 file');
    await toggle.click();
    expect(screen.container.textContent).toContain('the secret');
    expect(screen.container.querySelector('.media-grid')).not.toBeNull();
    await screen.getByRole('button', { name: 'Hide' }).click();
    expect(screen.container.textContent).not.toContain('the secret');
  });

  it('hashtags open a hashtag column; mentions open the profile', async () => {
    const s = setup({ 'deck.addColumn': () => ok({ id: 'c9', accountId: 'a1', kind: 'hashtag', params: {}, width: 340, collapsed: false }), 'users.show': () => new Promise(() => {}) });
    const screen = await renderIn(
      s,
      <>
        <NoteItem note={note({ text: '#misskey hi @bob@remote.test' })} />
        <NoteOverlays />
      </>,
    );
    await screen.getByText('#misskey').click();
    expect(s.fake.callsOf('deck.addColumn')).toEqual([{ accountId: 'a1', kind: 'hashtag', params: { tag: 'misskey', sourceName: '#misskey' } }]);
    await screen.getByText('@bob@remote.test').click();
    await tick();
    expect(s.fake.callsOf('users.show')).toEqual([{ accountId: 'a1', username: 'bob', host: 'remote.test' }]);
    await expect.element(screen.getByRole('dialog', { name: 'Profile' })).toBeInTheDocument();
  });
});

describe('sensitive media', () => {
  it('stays blurred until clicked', async () => {
    const s = setup();
    const screen = await renderIn(s, <NoteItem note={note({ files: [file({ isSensitive: true, comment: 'a cat' })] })} />);
    const tile = screen.container.querySelector<HTMLElement>('.media-tile')!;
    expect(tile.dataset.sensitive).toBe('true');
    const img = tile.querySelector('img')!;
    expect(getComputedStyle(img).filter).toContain('blur');
    expect(img.getAttribute('alt')).toBe('');
    await screen.getByRole('button', { name: 'Show sensitive image' }).click();
    expect(tile.dataset.sensitive).toBeUndefined();
    expect(getComputedStyle(tile.querySelector('img')!).filter).toBe('none');
    await expect.element(screen.getByRole('button', { name: 'Open image 1 of 1: a cat' })).toBeInTheDocument();
  });
});

describe('renotes, quotes, replies', () => {
  it('a pure renote shows "X renoted" and the inner note', async () => {
    const s = setup();
    const inner = note({ text: 'original words', user: user({ id: 'u-bob', name: 'Bob', username: 'bob' }) });
    const n = note({ text: null, renote: inner, renoteId: inner.id, user: user({ name: 'Carol', username: 'carol' }) });
    const screen = await renderIn(s, <NoteItem note={n} />);
    const article = articleOf(screen.container, n.id);
    expect(article.getAttribute('aria-label')).toBe('Carol renoted Bob: original words');
    expect(article.querySelector('.note-renoted-by')?.textContent).toContain('Carol');
    expect(article.querySelector('.note-renoted-by')?.textContent).toContain('renoted');
    expect(article.querySelector('.note-main .note-text')?.textContent).toBe('original words');
    expect(article.querySelector('.note-quote')).toBeNull();
  });

  it('a quote embeds the quoted note compactly', async () => {
    const s = setup();
    const inner = note({ text: 'quoted words', user: user({ id: 'u-bob', name: 'Bob', username: 'bob', host: 'b.test' }) });
    const n = note({ text: 'my take', renote: inner, renoteId: inner.id });
    const screen = await renderIn(s, <NoteItem note={n} />);
    const quote = screen.getByRole('region', { name: 'Quoted note' });
    await expect.element(quote).toBeInTheDocument();
    expect(quote.element().textContent).toContain('quoted words');
    expect(quote.element().textContent).toContain('@bob@b.test');
  });

  it('a reply shows its parent in a compact line', async () => {
    const s = setup();
    const parent = note({ text: 'the question', user: user({ id: 'u-bob', name: 'Bob', username: 'bob' }) });
    const n = note({ text: 'the answer', reply: parent, replyId: parent.id });
    const screen = await renderIn(s, <NoteItem note={n} />);
    const context = screen.getByRole('region', { name: 'In reply to' });
    expect(context.element().textContent).toContain('the question');
  });
});

describe('visibility', () => {
  it.each([
    ['home', 'Home'],
    ['followers', 'Followers only'],
    ['specified', 'Direct'],
  ] as const)('%s has a labelled mark', async (visibility, label) => {
    const s = setup();
    const screen = await renderIn(s, <NoteItem note={note({ visibility })} />);
    await expect.element(screen.getByRole('img', { name: label })).toBeInTheDocument();
  });
  it('public shows no mark; local only does', async () => {
    const s = setup();
    const screen = await renderIn(s, <NoteItem note={note({ localOnly: true })} />);
    expect(screen.container.querySelectorAll('[data-visibility]')).toHaveLength(0);
    await expect.element(screen.getByRole('img', { name: 'Local only (not federated)' })).toBeInTheDocument();
  });
  it('a remote author has an instance ticker', async () => {
    const s = setup();
    const n = note({ user: user({ host: 'remote.test', instance: { name: 'Remote Town', softwareName: 'misskey', softwareVersion: null, iconUrl: 'javascript:alert(1)', faviconUrl: null, themeColor: '#ff0000;background:url(x)' } }) });
    const screen = await renderIn(s, <NoteItem note={n} />);
    const ticker = screen.container.querySelector<HTMLElement>('.instance-ticker')!;
    expect(ticker.textContent).toBe('Remote Town');
    expect(ticker.querySelector('img')).toBeNull();
    expect(ticker.getAttribute('style')).toBeNull();
  });
});

describe('polls', () => {
  const poll = (patch: Partial<NonNullable<Note['poll']>> = {}): Note['poll'] => ({
    multiple: false,
    expiresAt: null,
    choices: [
      { text: 'cats', votes: 3, isVoted: false },
      { text: 'dogs', votes: 1, isVoted: false },
    ],
    ...patch,
  });

  it('votes with notes.vote and then shows results', async () => {
    const s = setup({ 'notes.vote': () => ok(null) });
    const n = note({ poll: poll() });
    const screen = await renderIn(s, <NoteItem note={n} />);
    await screen.getByRole('button', { name: 'Vote for dogs' }).click();
    expect(s.fake.callsOf('notes.vote')).toEqual([{ accountId: 'a1', noteId: n.id, choice: 1 }]);
    await expect.element(screen.getByText('2 (40%)')).toBeInTheDocument();
    expect(screen.container.textContent).toContain('5 votes');
    expect(screen.container.querySelector('.note-poll-choice[data-voted]')?.textContent).toContain('dogs');
  });

  it('an expired poll shows results and "Ended" without vote buttons', async () => {
    const s = setup();
    const screen = await renderIn(s, <NoteItem note={note({ poll: poll({ expiresAt: new Date(Date.now() - 1000).toISOString() }) })} />);
    expect(screen.container.textContent).toContain('Ended');
    expect(screen.container.textContent).toContain('3 (75%)');
    expect(screen.container.querySelectorAll('button[aria-label^="Vote"]')).toHaveLength(0);
    expect(screen.container.querySelector<HTMLElement>('.note-poll-bar')!.style.width).toBe('75%');
  });

  it('a multiple-choice poll can take another vote', async () => {
    const s = setup({ 'notes.vote': () => ok(null) });
    const n = note({ poll: poll({ multiple: true, choices: [{ text: 'a', votes: 1, isVoted: true }, { text: 'b', votes: 0, isVoted: false }] }) });
    const screen = await renderIn(s, <NoteItem note={n} />);
    await screen.getByRole('button', { name: 'Vote for b' }).click();
    expect(s.fake.callsOf('notes.vote')).toEqual([{ accountId: 'a1', noteId: n.id, choice: 1 }]);
  });
});

describe('reactions', () => {
  it('shows counts, custom emoji, and the own reaction highlighted', async () => {
    const s = setup();
    const n = note({ reactions: { '👍': 2, ':blob@remote.test:': 1 }, reactionEmojis: { 'blob@remote.test': 'https://r.test/blob.png' }, myReaction: '👍' });
    const screen = await renderIn(s, <NoteItem note={n} />);
    const own = screen.getByRole('button', { name: '👍 2, yours' });
    await expect.element(own).toHaveAttribute('aria-pressed', 'true');
    const custom = screen.getByRole('button', { name: ':blob@remote.test: 1' });
    expect(custom.element().querySelector('img')?.getAttribute('src')).toBe('https://r.test/blob.png');
  });

  it('clicking toggles: unreact the own one, react with another (replacing)', async () => {
    const s = setup({ 'notes.react': () => ok(null), 'notes.unreact': () => ok(null) });
    const n = note({ reactions: { '👍': 2, '🎉': 1 }, myReaction: '👍' });
    const screen = await renderIn(s, <NoteItem note={n} />);
    await screen.getByRole('button', { name: '👍 2, yours' }).click();
    expect(s.fake.callsOf('notes.unreact')).toEqual([{ accountId: 'a1', noteId: n.id }]);
    await expect.element(screen.getByRole('button', { name: '👍 1' })).toHaveAttribute('aria-pressed', 'false');
    await screen.getByRole('button', { name: '🎉 1' }).click();
    expect(s.fake.callsOf('notes.react')).toEqual([{ accountId: 'a1', noteId: n.id, reaction: '🎉' }]);
    await expect.element(screen.getByRole('button', { name: '🎉 2, yours' })).toBeInTheDocument();
  });

  it('a reaction picked for a note the stream does not watch yet shows at once, and its echo is not counted twice', async () => {
    const s = setup({ 'notes.react': () => ok(null), 'notes.unreact': () => ok(null) });
    const n = note({ reactions: { '👍': 2 }, myReaction: '👍' });
    s.store.setState({ notesById: { [n.id]: n }, columnNoteIds: { c1: [n.id] } });
    rememberReaction('a1', '🎉');
    const screen = await renderIn(s, <NoteOverlays />);
    notesUiActions.openPicker({ accountId: 'a1', note: n });
    await screen.getByRole('group', { name: 'Recently used' }).getByRole('button', { name: '🎉' }).click();
    await expect.poll(() => s.store.getState().notesById[n.id]?.myReaction).toBe('🎉');
    expect(s.fake.callsOf('notes.unreact')).toEqual([{ accountId: 'a1', noteId: n.id }]);
    expect(s.store.getState().notesById[n.id]?.reactions).toEqual({ '👍': 1, '🎉': 1 });
    // The stream, once subscribed, reports the same change: it is not counted again.
    s.store.getState().applyTimelineBatch([{ type: 'noteUpdated', accountId: 'a1', noteId: n.id, update: { type: 'reacted', reaction: '🎉', emoji: null, userId: 'u-me' } }]);
    expect(s.store.getState().notesById[n.id]?.reactions).toEqual({ '👍': 1, '🎉': 1 });
  });

  it('a failed reaction is rolled back and said', async () => {
    const s = setup({ 'notes.react': () => ({ ok: false, error: { code: 'RATE_LIMITED', message: 'slow down' } }) });
    const n = note({ reactions: { '🎉': 1 } });
    const screen = await renderIn(
      s,
      <>
        <NoteItem note={n} />
        <NoteOverlays />
      </>,
    );
    await screen.getByRole('button', { name: '🎉 1' }).click();
    await expect.element(screen.getByRole('alert')).toHaveTextContent('Could not react: slow down');
    await expect.element(screen.getByRole('button', { name: '🎉 1' })).toBeInTheDocument();
  });
});

describe('footer actions', () => {
  it('Reply opens the reply dialog with the note', async () => {
    const s = setup();
    const screen = await renderIn(
      s,
      <>
        <NoteItem note={note({ text: 'reply to me', user: user({ id: 'u-bob', username: 'bob', host: 'b.test' }) })} />
        <NoteOverlays />
      </>,
    );
    await screen.getByRole('button', { name: 'Reply', exact: true }).click();
    const dialog = screen.getByRole('dialog', { name: 'Reply' });
    await expect.element(dialog).toBeInTheDocument();
    expect(dialog.element().textContent).toContain('reply to me');
    await expect.element(dialog.getByLabelText('Note text')).toHaveValue('@bob@b.test ');
  });

  it('Renote menu: Renote calls notes.renote; Quote opens the quote dialog', async () => {
    const s = setup({ 'notes.renote': () => ok(note()) });
    const n = note();
    const screen = await renderIn(
      s,
      <>
        <NoteItem note={n} />
        <NoteOverlays />
      </>,
    );
    await screen.getByRole('button', { name: 'Renote' }).click();
    await screen.getByRole('menuitem', { name: 'Renote' }).click();
    expect(s.fake.callsOf('notes.renote')).toEqual([{ accountId: 'a1', noteId: n.id }]);
    await screen.getByRole('button', { name: 'Renote' }).click();
    await screen.getByRole('menuitem', { name: 'Quote' }).click();
    await expect.element(screen.getByRole('dialog', { name: 'Quote' })).toBeInTheDocument();
  });

  it('React opens the picker; picking reacts', async () => {
    const s = setup({ 'notes.react': () => ok(null) });
    const n = note();
    const screen = await renderIn(
      s,
      <>
        <NoteItem note={n} />
        <NoteOverlays />
      </>,
    );
    await screen.getByRole('button', { name: 'React' }).click();
    const picker = screen.getByRole('dialog', { name: 'Pick a reaction' });
    await expect.element(picker).toBeInTheDocument();
    await picker.getByRole('button', { name: '🎉 party' }).click();
    expect(s.fake.callsOf('notes.react')).toEqual([{ accountId: 'a1', noteId: n.id, reaction: '🎉' }]);
  });

  it('More: delete only on own notes, after confirming', async () => {
    const s = setup({ 'notes.delete': () => ok(null) });
    const mine = note({ user: user({ id: 'u-me', username: 'me' }) });
    const screen = await renderIn(
      s,
      <>
        <NoteItem note={mine} />
        <NoteItem note={note()} />
      </>,
    );
    const mores = screen.getByRole('button', { name: 'More' });
    await mores.nth(1).click();
    expect(screen.getByRole('menuitem', { name: 'Delete' }).elements()).toHaveLength(0);
    await userEvent.keyboard('{Escape}');
    await mores.nth(0).click();
    await screen.getByRole('menuitem', { name: 'Delete' }).click();
    const confirm = screen.getByRole('alertdialog', { name: 'Delete this note?' });
    await expect.element(confirm).toBeInTheDocument();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    expect(s.fake.callsOf('notes.delete')).toEqual([{ accountId: 'a1', noteId: mine.id }]);
  });

  it('More: copy link, favourite, then unfavourite', async () => {
    const s = setup({ 'notes.favorite': () => ok(null) });
    const n = note();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const screen = await renderIn(s, <NoteItem note={n} />);
    await screen.getByRole('button', { name: 'More' }).click();
    await screen.getByRole('menuitem', { name: 'Copy link' }).click();
    expect(writeText).toHaveBeenCalledWith(`https://misskey.test/notes/${n.id}`);
    await screen.getByRole('button', { name: 'More' }).click();
    await screen.getByRole('menuitem', { name: 'Favourite' }).click();
    await tick();
    await screen.getByRole('button', { name: 'More' }).click();
    await screen.getByRole('menuitem', { name: 'Unfavourite' }).click();
    expect(s.fake.callsOf('notes.favorite')).toEqual([
      { accountId: 'a1', noteId: n.id, favorite: true },
      { accountId: 'a1', noteId: n.id, favorite: false },
    ]);
  });

  it('Act as: resolves the note for the other account, then renotes with it', async () => {
    const seen = note({ id: 'remote-id' });
    const s = setup({ 'notes.resolve': () => ok(seen), 'notes.renote': () => ok(note()) }, { accounts: [me, other] });
    const n = note();
    const screen = await renderIn(s, <NoteItem note={n} />);
    await screen.getByRole('button', { name: 'More' }).click();
    await screen.getByRole('menuitem', { name: 'Act as…' }).click();
    await screen.getByRole('menuitem', { name: 'Renote as @taro@other.test' }).click();
    await tick();
    expect(s.fake.callsOf('notes.resolve')).toEqual([{ accountId: 'a2', fromAccountId: 'a1', noteId: n.id }]);
    expect(s.fake.callsOf('notes.renote')).toEqual([{ accountId: 'a2', noteId: 'remote-id' }]);
  });
});

describe('malformed notes', () => {
  const weird: unknown[] = [
    {},
    { id: 'x1' },
    { id: 'x2', user: null, text: 42, files: null, reactions: 'lots', poll: { choices: 'no' } },
    { id: 'x3', user: { username: null }, text: null, cw: 5, files: [null, 7, { type: 9 }], reactions: { '👍': 'many', '❤': -1 }, reactionEmojis: null },
    { id: 'x4', createdAt: 'yesterday', visibility: 'galaxy', renote: { id: 'x5', user: 3, files: {} }, reply: 'nope' },
    { id: 'x6', user: { username: 'u', emojis: [{ name: 'a', url: 'javascript:1' }], instance: 'x' }, poll: { choices: [{ text: null, votes: 'x' }, null] } },
    { id: 'x7', user: { username: 'u', avatarUrl: 'javascript:alert(1)' }, files: [{ id: 'f', type: 'image/png', url: 'javascript:alert(1)', thumbnailUrl: 'file:///etc/passwd' }] },
  ];
  it('render without crashing and without unsafe URLs', async () => {
    const s = setup();
    const screen = await renderIn(
      s,
      <>
        {weird.map((n, i) => (
          <NoteItem key={i} note={n as Note} />
        ))}
      </>,
    );
    expect(screen.container.querySelectorAll('article').length).toBe(weird.length);
    expect(screen.container.textContent).not.toContain('could not be shown');
    for (const el of screen.container.querySelectorAll('[src], [href]')) {
      const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
      expect(url).toMatch(/^https?:|^data:image\//);
    }
  });

  it('a note that throws while rendering shows a line, not a broken column', async () => {
    const s = setup();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bomb = note();
    Object.defineProperty(bomb, 'text', {
      get() {
        throw new Error('boom');
      },
    });
    const screen = await renderIn(
      s,
      <>
        <NoteItem note={bomb} />
        <NoteItem note={note({ text: 'still here' })} />
      </>,
    );
    await expect.element(screen.getByText('This note could not be shown.')).toBeInTheDocument();
    await expect.element(screen.getByText('still here')).toBeInTheDocument();
    spy.mockRestore();
    warn.mockRestore();
  });
});

describe('unicode emoji', () => {
  it('text, name, poll and reactions draw them as bundled images that load, with the emoji as alt text', async () => {
    const s = setup();
    const n = note({
      user: user({ name: 'Alice 🐈' }),
      text: 'party 🎉 👨‍👩‍👧',
      poll: { multiple: false, expiresAt: null, choices: [{ text: 'yes 👍🏽', votes: 1, isVoted: true }, { text: 'no', votes: 0, isVoted: false }] },
      reactions: { '❤': 2, '🇯🇵': 1 },
    });
    const screen = await renderIn(s, <NoteItem note={n} />);
    const article = articleOf(screen.container, n.id);
    const images = (await imagesSettled(article)).filter((i) => i.classList.contains('twemoji'));
    expect(images.map((i) => [i.alt, i.getAttribute('src')])).toEqual([
      ['🐈', '/twemoji/1f408.svg'],
      ['🎉', '/twemoji/1f389.svg'],
      ['👨‍👩‍👧', '/twemoji/1f468-200d-1f469-200d-1f467.svg'],
      ['👍🏽', '/twemoji/1f44d-1f3fd.svg'],
      ['❤', '/twemoji/2764.svg'],
      ['🇯🇵', '/twemoji/1f1ef-1f1f5.svg'],
    ]);
    for (const img of images) expect(img.naturalWidth, img.alt).toBeGreaterThan(0);
    expect(shownText(article.querySelector('.note-text')!)).toBe('party 🎉 👨‍👩‍👧');
    await expect.element(screen.getByRole('button', { name: '❤ 2' })).toBeVisible();
  });
});
