import { describe, expect, it, onTestFinished } from 'vitest';
import { render } from 'vitest-browser-react';
import type { ColumnView } from '../../../shared/model/column';
import { defaultSettings } from '../../../shared/model/settings';
import { createAppStore, StoreContext } from '../../store';
import { account, fakeBridge, ok } from '../../store/testing/fakeBridge';
import { note } from '../notes/testing/fixtures';
import { createSettingsStore, SettingsContext } from '../settings/settingsStore';
import { Column } from './Column';
import { isColumnOnScreen } from './columnRegistry';
import '../../styles/app.css';
import '../../theme/theme.css';

const column = (id: string): ColumnView => ({ id, accountId: 'a1', kind: 'home', params: {}, width: 340, collapsed: false });

describe('the first paint of a deck', () => {
  it('builds the rows of the columns in view only; one far to the side stays empty', async () => {
    const fake = fakeBridge({ 'timeline.load': () => ok([]) });
    const store = createAppStore(fake.api);
    const near = column('near');
    const far = column('far');
    store.setState({ accounts: [account('a1', { username: 'alice', host: 'misskey.test' })], columns: [near, far] });
    const notes = (prefix: string) =>
      Array.from({ length: 30 }, (_, i) => note({ id: `${prefix}-${i}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, 59 - i)).toISOString(), text: `${prefix} note ${i}` }));
    store.getState().applyTimelineBatch([
      { type: 'notes', columnId: 'near', notes: notes('near') },
      { type: 'notes', columnId: 'far', notes: notes('far') },
    ]);
    const loaded = { status: 'loaded' as const, error: null, loadingOlder: false, reachedEnd: false, windowFull: false, updating: false };
    store.setState({ columnLoads: { near: loaded, far: loaded } });

    // Every note the far column ever builds, caught as React puts it into the page (even if gone again before a paint).
    const builtInFar: string[] = [];
    const { appendChild, insertBefore } = Node.prototype;
    const record = (node: Node) => {
      const id = node instanceof Element && node.matches('article[data-note-id]') ? node.getAttribute('data-note-id')! : '';
      if (id.startsWith('far-')) builtInFar.push(id);
    };
    Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
      record(node);
      return appendChild.call(this, node) as T;
    };
    Node.prototype.insertBefore = function <T extends Node>(this: Node, node: T, child: Node | null): T {
      record(node);
      return insertBefore.call(this, node, child) as T;
    };
    onTestFinished(() => {
      Node.prototype.appendChild = appendChild;
      Node.prototype.insertBefore = insertBefore;
    });

    const container = document.body.appendChild(document.createElement('div'));
    const screen = await render(
      <StoreContext value={store}>
        <SettingsContext value={createSettingsStore(undefined, defaultSettings)}>
          <div style={{ display: 'flex', height: 600 }}>
            <Column column={near} index={0} count={2} />
            <div style={{ flex: 'none', width: window.innerWidth + 2000 }} />
            <Column column={far} index={1} count={2} />
          </div>
        </SettingsContext>
      </StoreContext>,
      { container },
    );
    await expect.element(screen.getByText('near note 0').first()).toBeVisible();
    expect(isColumnOnScreen('near')).toBe(true);
    expect(isColumnOnScreen('far')).toBe(false);
    expect(container.querySelector('[data-column-id="near"] article[data-note-id]')).not.toBeNull();
    expect(builtInFar).toEqual([]);
  });
});
