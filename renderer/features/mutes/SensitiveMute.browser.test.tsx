import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { defaultSettings, type Settings } from '../../../shared/model/settings';
import { ok } from '../../store/testing/fakeBridge';
import { NoteList } from '../deck/NoteList';
import { MediaGrid } from '../media/MediaGrid';
import { fileView } from '../notes/noteView';
import { file, note } from '../notes/testing/fixtures';
import { renderIn, setup } from '../notes/testing/harness';
import { createSettingsStore, SettingsContext } from '../settings/settingsStore';
import '../../styles/app.css';
import '../../theme/theme.css';

const column = (hideSensitive: boolean) => ({ id: 'c1', accountId: 'a1', kind: 'home' as const, params: { hideSensitive }, width: 340, collapsed: false });

describe("a column's sensitive mute", () => {
  it('folds notes with a sensitive file to one line naming the author, opens one on click, and leaves the others', async () => {
    const s = setup({ 'timeline.load': () => ok([]) }, { columns: [column(true)] });
    s.store.getState().applyTimelineBatch([
      {
        type: 'notes',
        columnId: 'c1',
        notes: [note({ id: 'nsfw', text: 'behind the fold', files: [file({ isSensitive: true })] }), note({ id: 'safe', text: 'a safe picture', files: [file()] })],
      },
    ]);
    const screen = await renderIn(s, <div style={{ height: 600, display: 'flex', flexDirection: 'column' }}><NoteList columnId="c1" accountId="a1" /></div>);
    const row = screen.getByRole('button', { name: 'Note with sensitive files · Alice' });
    await expect.element(row).toBeVisible();
    expect(screen.container.querySelector('[data-note-id="nsfw"]')?.getAttribute('data-muted')).toBe('sensitive');
    expect(screen.container.textContent).not.toContain('behind the fold');
    await expect.element(screen.getByText('a safe picture')).toBeVisible();

    await row.click();
    await expect.element(screen.getByText('behind the fold')).toBeVisible();
    // Opened, its media still follows the media setting: blurred until clicked.
    expect(screen.container.querySelector('[data-note-id="nsfw"] .media-tile')?.hasAttribute('data-sensitive')).toBe(true);
  });

  it('shows every note when the column keeps sensitive notes, and folds at once when the option is turned on', async () => {
    const s = setup({ 'timeline.load': () => ok([]) }, { columns: [column(false)] });
    s.store.getState().applyTimelineBatch([{ type: 'notes', columnId: 'c1', notes: [note({ id: 'nsfw', text: 'in plain view', files: [file({ isSensitive: true })] })] }]);
    const screen = await renderIn(s, <div style={{ height: 600, display: 'flex', flexDirection: 'column' }}><NoteList columnId="c1" accountId="a1" /></div>);
    await expect.element(screen.getByText('in plain view')).toBeVisible();
    s.store.setState({ columns: [column(true)] });
    await expect.element(screen.getByRole('button', { name: 'Note with sensitive files · Alice' })).toBeVisible();
  });
});

describe('sensitive media, as the web client\'s "nsfw" setting', () => {
  const withMedia = (media: Settings['media']) => createSettingsStore(undefined, { ...defaultSettings, media });
  const grid = [fileView(file({ isSensitive: true }), 0), fileView(file(), 1)];
  const covered = (root: HTMLElement) => [...root.querySelectorAll('.media-tile')].map((tile) => tile.hasAttribute('data-sensitive'));

  it('respect (the default): blurs the sensitive file only, until clicked', async () => {
    const screen = await render(<SettingsContext value={withMedia('blurSensitive')}><MediaGrid files={grid} /></SettingsContext>);
    expect(covered(screen.container)).toEqual([true, false]);
    await screen.getByRole('button', { name: 'Show sensitive image' }).click();
    expect(covered(screen.container)).toEqual([false, false]);
  });

  it('force: covers every file, sensitive or not', async () => {
    const screen = await render(<SettingsContext value={withMedia('hide')}><MediaGrid files={grid} /></SettingsContext>);
    expect(covered(screen.container)).toEqual([true, true]);
    // The covers say which is sensitive and which is only hidden.
    expect(screen.container.querySelectorAll('.media-sensitive-cover')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Show sensitive image' }).element()).toBeTruthy();
  });

  it('ignore: shows everything', async () => {
    const screen = await render(<SettingsContext value={withMedia('show')}><MediaGrid files={grid} /></SettingsContext>);
    expect(covered(screen.container)).toEqual([false, false]);
  });
});
