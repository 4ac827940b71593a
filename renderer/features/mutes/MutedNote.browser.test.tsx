import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountMutes } from '../../../shared/model/mutes';
import { ok } from '../../store/testing/fakeBridge';
import { NoteList } from '../deck/NoteList';
import { NoteItem } from '../notes/NoteItem';
import { note, user } from '../notes/testing/fixtures';
import { renderIn, setup } from '../notes/testing/harness';
import { mutesActions } from './state/mutesStore';
import '../../styles/app.css';
import '../../theme/theme.css';

const mutes = (patch: Partial<AccountMutes> = {}): AccountMutes => ({
  accountId: 'a1',
  mutedWords: [['apple']],
  hardMutedWords: [['durian']],
  mutedInstances: [],
  mutedUserIds: [],
  renoteMutedUserIds: [],
  blockedUserIds: [],
  mutedReactions: [],
  loaded: true,
  ...patch,
});

async function withMutes(value: AccountMutes) {
  const s = setup({ 'mutes.get': () => ok(value), 'timeline.load': () => ok([]) });
  await mutesActions.load('a1', 'u-me');
  return s;
}

beforeEach(() => mutesActions.reset());
afterEach(() => mutesActions.reset());

describe('a muted note', () => {
  it('is one line naming the muted words and the author, and opens on click', async () => {
    const s = await withMutes(mutes());
    const n = note({ text: 'an apple a day' });
    const screen = await renderIn(s, <NoteItem note={n} />);
    const row = screen.getByRole('button', { name: 'Muted: apple · Alice' });
    await expect.element(row).toBeVisible();
    expect(screen.container.textContent).not.toContain('an apple a day');
    await row.click();
    await expect.element(screen.getByText('an apple a day')).toBeVisible();
  });

  it('shows the author’s name as notes show it, custom emoji as images', async () => {
    const s = await withMutes(mutes());
    const author = user({ name: 'Alice :wave:', emojis: { wave: 'https://a.test/emoji/wave.png' } });
    const screen = await renderIn(s, <NoteItem note={note({ text: 'an apple a day', user: author })} />);
    const row = screen.getByRole('button', { name: 'Muted: apple · Alice :wave:' });
    await expect.element(row).toBeVisible();
    const emoji = row.element().querySelector('img.mfm-emoji');
    expect(emoji?.getAttribute('alt')).toBe(':wave:');
    expect(row.element().textContent).toBe('Muted: apple · Alice ');
  });

  it('is not muted when it is the viewer’s own', async () => {
    const s = await withMutes(mutes());
    const screen = await renderIn(s, <NoteItem note={note({ text: 'my apple', userId: 'u-me', user: user({ id: 'u-me' }) })} />);
    await expect.element(screen.getByText('my apple')).toBeVisible();
  });

  it('leaves the column when a word is hard-muted, folds for a soft one, and a newly muted user’s notes vanish at once', async () => {
    const s = await withMutes(mutes());
    const notes = [
      note({ id: 'hard', text: 'durian season' }),
      note({ id: 'soft', text: 'apple pie' }),
      note({ id: 'plain', text: 'nothing to see', userId: 'u-bob', user: user({ id: 'u-bob', username: 'bob', name: 'Bob' }) }),
    ];
    s.store.getState().applyTimelineBatch([{ type: 'notes', columnId: 'c1', notes }]);
    const screen = await renderIn(s, <div style={{ height: 600, display: 'flex', flexDirection: 'column' }}><NoteList columnId="c1" accountId="a1" /></div>);
    const ids = () => [...screen.container.querySelectorAll('[data-note-id]')].map((el) => el.getAttribute('data-note-id'));
    await expect.poll(ids).toContain('plain');
    expect(ids()).not.toContain('hard');
    expect(screen.container.querySelector('[data-note-id="soft"]')?.getAttribute('data-muted')).toBe('soft');

    mutesActions.apply(mutes({ mutedUserIds: ['u-bob'] }));
    await expect.poll(ids).not.toContain('plain');
    expect(ids()).toContain('soft');
  });
});
