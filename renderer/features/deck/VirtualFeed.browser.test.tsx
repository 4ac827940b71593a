import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import '../../styles/app.css';
import { renderIn, setup, tick } from '../notes/testing/harness';
import { VirtualFeed } from './VirtualFeed';

const keys = Array.from({ length: 100 }, (_, i) => `n${String(i).padStart(3, '0')}`);
const rowsIn = (root: HTMLElement) => root.querySelectorAll('.note-list-row').length;
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

/** The feed of `keys`, 40 px a row, in a view `height` px tall. */
const feedOfHeight = (height: number) => (
  <div style={{ height, display: 'flex', flexDirection: 'column' }}>
    <VirtualFeed columnId="c1" rowKeys={keys} renderRow={(key) => <div style={{ height: 40 }}>{key}</div>} watchEntries={() => []} newLabel={(n) => `${n} new`} estimateSize={40} />
  </div>
);

describe('VirtualFeed', () => {
  it('mounts a hundred new rows a few per frame, then all that fit in the view', async () => {
    const s = setup();
    // Rows added by each commit (a commit's DOM changes reach one MutationObserver callback).
    const addedPerCommit: number[] = [];
    const observer = new MutationObserver((records) => {
      const added = records.flatMap((r) => [...r.addedNodes]).filter((n) => n instanceof HTMLElement && n.matches('.note-list-row')).length;
      if (added > 0) addedPerCommit.push(added);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const screen = await renderIn(
      s,
      feedOfHeight(2000),
    );
    await frames(20);
    await tick(50);
    observer.disconnect();
    expect(addedPerCommit.length).toBeGreaterThan(3);
    expect(Math.max(...addedPerCommit)).toBeLessThanOrEqual(8);
    // 2000 px of view and 200 px of overscan at 40 px a row.
    expect(rowsIn(screen.container)).toBeGreaterThanOrEqual(50);
    expect(screen.container.textContent).toContain('n049');
  });

  it('opens where the reader was last time, newer rows behind "N new", and reports where they scroll to', async () => {
    const s = setup();
    s.store.setState({ restorePositions: { c1: { heldKey: 'n010', anchorKey: 'n030', above: 15 } } });
    const screen = await renderIn(
      s,
      feedOfHeight(400),
    );
    await frames(10);
    const scroller = screen.container.querySelector<HTMLElement>('.note-list-scroll')!;
    // n010 is the newest row shown; n030 is 20 rows below it, scrolled 15 px past its top.
    await expect.poll(() => scroller.scrollTop).toBe(20 * 40 + 15);
    expect(screen.container.textContent).toContain('10 new');
    expect(s.store.getState().restorePositions.c1).toBeUndefined();

    scroller.scrollTop = 45 * 40 + 5;
    scroller.dispatchEvent(new Event('scroll'));
    await expect
      .poll(() => s.fake.calls.find((call) => call.name === 'deck.setReadingPosition')?.input, { timeout: 3_000 })
      .toEqual({ columnId: 'c1', position: { heldKey: 'n010', anchorKey: 'n055', above: 5 } });
  });

  it('leaves the rows a taller row pushed out of range until the next render, and mounts at once the rows a shorter one brings in', async () => {
    const s = setup();
    let setRowKeys: (rowKeys: string[]) => void = () => {};
    function Feed() {
      const [rowKeys, set] = useState(keys);
      setRowKeys = set;
      return (
        <div style={{ height: 400, display: 'flex', flexDirection: 'column' }}>
          <VirtualFeed columnId="c1" rowKeys={rowKeys} renderRow={(key) => <div data-test-row={key} style={{ height: 40 }}>{key}</div>} watchEntries={() => []} newLabel={(n) => `${n} new`} estimateSize={40} />
        </div>
      );
    }
    const screen = await renderIn(s, <Feed />);
    const lastMounted = () => [...screen.container.querySelectorAll<HTMLElement>('.note-list-row')].at(-1)?.dataset.rowKey;
    const resizeRow = async (key: string, height: number) => {
      screen.container.querySelector<HTMLElement>(`[data-test-row="${key}"]`)!.style.height = `${height}px`;
      await frames(3);
    };
    // 400 px of view and 200 px of overscan at 40 px a row.
    await expect.poll(lastMounted).toBe('n015');

    // n000 grows by 200 px: n011…n015 now start below the overscan, but removing them would take a
    // render and a frame of their own; they stay until the feed renders anyway.
    await resizeRow('n000', 240);
    await tick(50);
    expect(lastMounted()).toBe('n015');
    setRowKeys(['m000', ...keys]);
    await expect.poll(lastMounted).toBe('n009');

    // n000 shrinks to 10 px: the rows that now come within the overscan are mounted at once.
    await resizeRow('n000', 10);
    await expect.poll(lastMounted).toBe('n014');
  });

  it('draws each row on a layer of its own, opaque in the column colour, so a new row on top moves the others without repainting them', async () => {
    const s = setup();
    const screen = await renderIn(s, feedOfHeight(400));
    await frames(2);
    const row = screen.container.querySelector<HTMLElement>('.note-list-row')!;
    const style = getComputedStyle(row);
    expect(style.willChange).toBe('transform');
    // 'layout paint style' reads back as 'content'.
    expect(style.contain).toMatch(/paint|content|strict/);
    const panel = document.createElement('div');
    panel.style.background = 'var(--panel)';
    document.body.append(panel);
    const panelColour = getComputedStyle(panel).backgroundColor;
    panel.remove();
    // Opaque (rgb, not rgba): text on a layer that is not opaque loses its subpixel antialiasing.
    expect(panelColour).toMatch(/^rgb\(/);
    expect(style.backgroundColor).toBe(panelColour);
  });
});
