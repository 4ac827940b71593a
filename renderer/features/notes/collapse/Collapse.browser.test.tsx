import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Note } from '../../../../shared/model/note';
import { StoreContext } from '../../../store';
import { VirtualFeed } from '../../deck/VirtualFeed';
import { NoteItem } from '../NoteItem';
import { note, user } from '../testing/fixtures';
import { renderIn, setup, tick } from '../testing/harness';
import { foldKey, setFold } from './folds';
import '../../../styles/app.css';
import '../../../theme/theme.css';

const longText = Array.from({ length: 30 }, (_, i) => `line ${i + 1} of a long note`).join('\n');
const frames = async (n = 4) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

describe('long notes', () => {
  it('fold behind "Show more", open in full, fold again, and stay open when remounted', async () => {
    const s = setup();
    const n = note({ text: longText });
    const screen = await renderIn(s, <NoteItem note={n} />);
    const more = screen.getByRole('button', { name: 'Show more' });
    await expect.element(more).toHaveAttribute('aria-expanded', 'false');
    const content = screen.container.querySelector<HTMLElement>('.note-fold-content')!;
    expect(content.getBoundingClientRect().height).toBeLessThanOrEqual(201);
    // Folded, not cut: the whole text is in the page (screen readers read it all).
    expect(content.textContent).toContain('line 30');
    await more.click();
    await expect.element(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
    expect(content.getBoundingClientRect().height).toBeGreaterThan(300);

    // A new row for the same note (as when the feed remounts a row scrolled back into view).
    await screen.rerender(
      <StoreContext value={s.store}>
        <section data-column-id="c1">
          <NoteItem key="again" note={n} />
        </section>
      </StoreContext>,
    );
    await expect.element(screen.getByRole('button', { name: 'Show less' })).toBeInTheDocument();
    await screen.getByRole('button', { name: 'Show less' }).click();
    await expect.element(screen.getByRole('button', { name: 'Show more' })).toBeInTheDocument();
  });

  it("stay whole as the note a thread is about (Misskey's detailed note)", async () => {
    const s = setup();
    const screen = await renderIn(s, <NoteItem note={note({ text: longText })} unfolded />);
    expect(screen.container.querySelector('[data-fold="more"]')).toBeNull();
    expect(screen.container.querySelector('.note-text')!.getBoundingClientRect().height).toBeGreaterThan(300);
  });

  it('leave short notes and notes with a CW as they are', async () => {
    const s = setup();
    const screen = await renderIn(
      s,
      <>
        <NoteItem note={note({ text: 'short' })} />
        <NoteItem note={note({ text: longText, cw: 'long one' })} />
      </>,
    );
    expect(screen.container.querySelector('[data-fold="more"]')).toBeNull();
    await screen.getByRole('button', { name: /Show content/ }).click();
    expect(screen.container.querySelector('[data-fold="more"]')).toBeNull();
    expect(screen.container.textContent).toContain('line 30');
  });
});

describe('renotes folded to one line', () => {
  const mine = user({ id: 'u-me', username: 'me', name: 'Me' });
  const bob = user({ id: 'u-bob', username: 'bob', name: 'Bob' });

  it("fold the viewer's own renotes and renotes of the viewer's notes; a click opens one", async () => {
    const s = setup();
    const myRenote = note({ user: mine, userId: 'u-me', text: null, renote: note({ user: bob, userId: 'u-bob', text: 'bob wrote this' }) });
    const ofMine = note({ user: bob, userId: 'u-bob', text: null, renote: note({ user: mine, userId: 'u-me', text: 'my own words' }) });
    const other = note({ user: bob, userId: 'u-bob', text: null, renote: note({ text: 'someone else' }) });
    const screen = await renderIn(
      s,
      <>
        <NoteItem note={myRenote} />
        <NoteItem note={ofMine} />
        <NoteItem note={other} />
      </>,
    );
    const lines = screen.container.querySelectorAll('.note-renote-line');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.textContent).toContain('bob wrote this');
    expect(screen.container.querySelectorAll('.note-footer, footer').length).toBeGreaterThan(0);
    await userEvent.click(lines[1]!);
    expect(screen.container.querySelectorAll('.note-renote-line')).toHaveLength(1);
    expect(screen.container.querySelector(`article[data-note-id="${ofMine.id}"] .note-text`)?.textContent).toContain('my own words');
  });

  it('fold a renote the column already shows further down (NoteList marks it)', async () => {
    const s = setup();
    const repeat = note({ user: bob, userId: 'u-bob', text: null, renote: note({ text: 'seen already' }) });
    const screen = await renderIn(s, <NoteItem note={repeat} repeatedRenote />);
    expect(screen.container.querySelector('.note-renote-line')?.textContent).toContain('seen already');
  });

  it('shows every renote in full when the setting is off', async () => {
    const s = setup();
    const { SettingsContext, createSettingsStore } = await import('../../settings/settingsStore');
    const settings = createSettingsStore();
    await settings.getState().update({ collapseRenotes: false });
    const myRenote = note({ user: mine, userId: 'u-me', text: null, renote: note({ user: bob, userId: 'u-bob', text: 'bob wrote this' }) });
    const screen = await renderIn(
      s,
      <SettingsContext value={settings}>
        <NoteItem note={myRenote} />
        <NoteItem note={note({ user: bob, userId: 'u-bob', text: null, renote: note({ text: 'seen already' }) })} repeatedRenote />
      </SettingsContext>,
    );
    expect(screen.container.querySelector('.note-renote-line')).toBeNull();
    expect(screen.container.textContent).toContain('bob wrote this');
    expect(screen.container.textContent).toContain('seen already');
  });
});

describe('the feed keeps the reader in place when a note opens or folds', () => {
  function feed(notes: Note[]) {
    const byId = new Map(notes.map((n) => [n.id, n]));
    return (
      <div style={{ height: 600, width: 360, display: 'flex', flexDirection: 'column' }}>
        <VirtualFeed columnId="c1" rowKeys={notes.map((n) => n.id)} renderRow={(key) => <NoteItem note={byId.get(key)!} />} watchEntries={() => []} newLabel={(n) => `${n} new`} />
      </div>
    );
  }
  const rowTop = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`.note-list-row[data-row-key="${id}"]`)!.getBoundingClientRect().top;
  /** Scroll as a reader would until the row's top is `offset` px below the view's top (negative: above). */
  async function scrollRowTo(root: HTMLElement, id: string, offset: number) {
    const scroller = root.querySelector<HTMLElement>('.note-list-scroll')!;
    for (let step = 0; step < 20; step++) {
      const row = root.querySelector<HTMLElement>(`.note-list-row[data-row-key="${id}"]`);
      const delta = row ? row.getBoundingClientRect().top - scroller.getBoundingClientRect().top - offset : 300;
      if (Math.abs(delta) < 1) return;
      scroller.scrollTop += delta;
      await frames(3);
    }
  }

  it('a note opened under the reader grows downwards; one opened above the view moves nothing in view', async () => {
    const s = setup();
    const notes = Array.from({ length: 30 }, (_, i) => note({ text: i === 7 || i === 8 ? longText : `note ${i}` }));
    const screen = await renderIn(s, feed(notes));
    const root = screen.container;
    const scroller = root.querySelector<HTMLElement>('.note-list-scroll')!;
    await frames(8);
    await tick(50);

    // Bring the long note #8 to the top of the view, its first 30 px scrolled out.
    const target = notes[8]!.id;
    await scrollRowTo(root, target, -30);
    const viewTop = scroller.getBoundingClientRect().top;
    const before = rowTop(root, target) - viewTop;
    expect(before).toBeCloseTo(-30, 0);
    const next = notes[9]!.id;
    const nextBefore = rowTop(root, next) - viewTop;

    const row = root.querySelector<HTMLElement>(`.note-list-row[data-row-key="${target}"]`)!;
    await userEvent.click(row.querySelector<HTMLElement>('[data-fold="more"]')!);
    await expect.poll(() => rowTop(root, next) - viewTop).toBeGreaterThan(nextBefore + 100);
    // The reader's note did not move: it grew below.
    expect(rowTop(root, target) - viewTop).toBeCloseTo(before, 0);

    // Note #7, just above the view, opens (as from the same note's toggle in another column): the
    // feed scrolls by as much, so nothing in view moves.
    const scrolled = scroller.scrollTop;
    setFold(foldKey('a1', notes[7]!.id, 'more'), true);
    await expect.poll(() => scroller.scrollTop).toBeGreaterThan(scrolled + 100);
    expect(rowTop(root, target) - viewTop).toBeCloseTo(before, 0);
  });

  it('"Show less" on a note whose top is above the view brings its top back into view', async () => {
    const s = setup();
    const notes = Array.from({ length: 20 }, (_, i) => note({ text: i === 4 ? longText : `note ${i}` }));
    setFold(foldKey('a1', notes[4]!.id, 'more'), true);
    const screen = await renderIn(s, feed(notes));
    const root = screen.container;
    const scroller = root.querySelector<HTMLElement>('.note-list-scroll')!;
    await frames(8);
    await tick(50);
    const target = notes[4]!.id;
    const viewTop = scroller.getBoundingClientRect().top;
    // Read down to the end of the opened note: its top is far above the view, "Show less" in view.
    await scrollRowTo(root, target, -400);
    const less = root.querySelector<HTMLElement>(`.note-list-row[data-row-key="${target}"] [data-fold="more"]`)!;
    expect(rowTop(root, target) - viewTop).toBeLessThan(-100);
    await userEvent.click(less);
    await expect.poll(() => Math.round(rowTop(root, target) - viewTop)).toBeGreaterThanOrEqual(-1);
    expect(rowTop(root, target) - viewTop).toBeLessThan(50);
    await expect.element(screen.getByRole('button', { name: 'Show more' })).toBeInTheDocument();
  });
});
