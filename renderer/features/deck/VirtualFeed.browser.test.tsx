import { describe, expect, it } from 'vitest';
import { renderIn, setup, tick } from '../notes/testing/harness';
import { VirtualFeed } from './VirtualFeed';

const keys = Array.from({ length: 100 }, (_, i) => `n${String(i).padStart(3, '0')}`);
const rowsIn = (root: HTMLElement) => root.querySelectorAll('.note-list-row').length;
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

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
      <div style={{ height: 2000, display: 'flex', flexDirection: 'column' }}>
        <VirtualFeed
          columnId="c1"
          rowKeys={keys}
          renderRow={(key) => <div style={{ height: 40 }}>{key}</div>}
          watchEntries={() => []}
          newLabel={(n) => `${n} new`}
          estimateSize={40}
        />
      </div>,
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
});
