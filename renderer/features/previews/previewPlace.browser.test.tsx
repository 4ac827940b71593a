import { describe, expect, it } from 'vitest';
import type { LinkPreview } from '../../../shared/model/linkPreview';
import type { Note } from '../../../shared/model/note';
import { VirtualFeed } from '../deck/VirtualFeed';
import { NoteItem } from '../notes/NoteItem';
import { note } from '../notes/testing/fixtures';
import { renderIn, setup } from '../notes/testing/harness';
import '../../styles/app.css';

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

describe('previews in the virtual list', () => {
  it('keeps the reader’s place when previews above fail and their reserved space goes', async () => {
    const pending: (() => void)[] = [];
    const s = setup({ 'previews.get': () => new Promise((resolve) => pending.push(() => resolve({ ok: true, value: null as LinkPreview | null }))) });
    const notes = new Map<string, Note>(Array.from({ length: 40 }, (_, i) => [`row${i}`, note({ id: `row${i}`, text: `Note ${i} https://site${i}.example/` })]));
    const screen = await renderIn(
      s,
      <div style={{ height: 600, display: 'flex', flexDirection: 'column' }}>
        <VirtualFeed columnId="c1" rowKeys={[...notes.keys()]} renderRow={(key) => <NoteItem note={notes.get(key)!} />} watchEntries={() => []} newLabel={(n) => `${n} new`} estimateSize={120} />
      </div>,
    );
    const scroller = screen.container.querySelector<HTMLElement>('.note-list-scroll')!;
    await expect.poll(() => screen.container.querySelectorAll('.link-preview-loading').length).toBeGreaterThan(4);
    scroller.scrollTop = 900;
    scroller.dispatchEvent(new Event('scroll'));
    await frames(5);
    await expect.poll(() => pending.length).toBeGreaterThan(8);

    const top = scroller.getBoundingClientRect().top;
    const rows = [...scroller.querySelectorAll<HTMLElement>('.note-list-row')];
    const reading = rows.find((row) => row.getBoundingClientRect().bottom > top + 10)!;
    const key = reading.dataset.rowKey!;
    const offsetBefore = reading.getBoundingClientRect().top - top;
    expect(Number(reading.dataset.index)).toBeGreaterThan(2);

    // Rows that come into view as the space goes ask too: answer those as they come.
    await expect
      .poll(() => {
        for (const answer of pending.splice(0)) answer();
        return screen.container.querySelectorAll('.link-preview-loading').length;
      })
      .toBe(0);
    await frames(5);
    const after = scroller.querySelector<HTMLElement>(`.note-list-row[data-row-key="${key}"]`)!;
    expect(Math.abs(after.getBoundingClientRect().top - top - offsetBefore)).toBeLessThanOrEqual(1);
  });
});
