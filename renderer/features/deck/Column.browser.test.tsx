import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { everyAccount, type ColumnView } from '../../../shared/model/column';
import { defaultSettings } from '../../../shared/model/settings';
import { createAppStore, StoreContext } from '../../store';
import { account, fakeBridge, ok } from '../../store/testing/fakeBridge';
import { createSettingsStore, SettingsContext } from '../settings/settingsStore';
import { Column } from './Column';
import '../../styles/app.css';
import '../../theme/theme.css';

const column = (id: string, accountId: string, patch: Partial<ColumnView> = {}): ColumnView => ({
  id,
  accountId,
  kind: 'home',
  params: {},
  width: 340,
  collapsed: false,
  ...patch,
});

async function renderColumn(view: ColumnView, serverThemeColor: string | null, tintColumns = true) {
  const fake = fakeBridge({ 'timeline.load': () => ok([]), 'notifications.load': () => ok([]) });
  const store = createAppStore(fake.api);
  store.setState({ accounts: [account('a1', { username: 'alice', host: 'misskey.test', serverThemeColor })], columns: [view] });
  const settings = createSettingsStore(undefined, { ...defaultSettings, tintColumns });
  const screen = await render(
    <StoreContext value={store}>
      <SettingsContext value={settings}>
        <Column column={view} index={0} count={1} />
      </SettingsContext>
    </StoreContext>,
  );
  const section = screen.container.querySelector<HTMLElement>('section.column')!;
  return { section, header: section.querySelector<HTMLElement>('.column-header, .collapsed-strip')! };
}

/** A CSS colour as sRGB bytes, the way the screen shows it (canvas does the colour maths). */
function rgbOf(color: string): [number, number, number] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}
const luminance = (color: string) => {
  const [r, g, b] = rgbOf(color).map((byte) => {
    const c = byte / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};
const background = (el: Element) => getComputedStyle(el).backgroundColor;
const themeToken = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

describe("column tint from the account's server theme colour", () => {
  it("tints the header with the server's hue and shows the colour in a stripe", async () => {
    const { section, header } = await renderColumn(column('c1', 'a1'), '#86b300');
    expect(section.dataset.tint).toBe('');
    expect(section.style.getPropertyValue('--column-tint')).toBe('#86b300');
    const [r, g, b] = rgbOf(background(header));
    // Greenish now: the untinted header is a grey-blue (panel-2).
    expect(g).toBeGreaterThan(r);
    expect(g).toBeGreaterThan(b);
    expect(rgbOf(background(header))).not.toEqual(rgbOf(themeToken('--panel-2')));
    expect(getComputedStyle(header).boxShadow).toMatch(/inset/);
  });

  it.each(['dark', 'light'] as const)('keeps the header text readable (4.5:1) in the %s theme, whatever the colour', async (theme) => {
    document.documentElement.dataset.theme = theme;
    const texts = ['--text', '--muted', '--warn', '--error', '--ok'].map(themeToken);
    for (const colour of ['#ffffff', '#000000', '#ff0', '#00f', '#f00', '#0ff', '#f0f', '#86b300', '#ffd700', '#7f7f7f']) {
      const { header } = await renderColumn(column(`c-${colour}`, 'a1'), colour);
      const wash = background(header);
      for (const text of texts) expect(contrast(text, wash), `${theme} ${colour} ${text} on ${wash}`).toBeGreaterThanOrEqual(4.5);
      const shownTitle = getComputedStyle(header.querySelector('h2')!).color;
      expect(contrast(shownTitle, wash)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('tints a collapsed column too', async () => {
    const { section, header } = await renderColumn(column('c2', 'a1', { collapsed: true }), '#3366ff');
    expect(section.dataset.tint).toBe('');
    const [r, , b] = rgbOf(background(header));
    expect(b).toBeGreaterThan(r);
  });

  it('leaves the column as it was when the setting is off, the server has no colour, or the column is for every account', async () => {
    for (const [view, colour, tintColumns] of [
      [column('c3', 'a1'), '#86b300', false],
      [column('c4', 'a1'), null, true],
      [column('c5', everyAccount, { kind: 'notifications' }), '#86b300', true],
    ] as const) {
      const { section, header } = await renderColumn(view, colour, tintColumns);
      expect(section.dataset.tint).toBeUndefined();
      expect(section.style.getPropertyValue('--column-tint')).toBe('');
      expect(rgbOf(background(header))).toEqual(rgbOf(themeToken('--panel-2')));
    }
  });
});

describe('column header emoji', () => {
  it('the kind icon and a source name with emoji draw them as bundled images', async () => {
    const { header } = await renderColumn(column('c1', 'a1', { kind: 'notifications' }), null);
    expect(header.querySelector<HTMLImageElement>('.column-icon img.twemoji')?.alt).toBe('🔔');
    const list = await renderColumn(column('c2', 'a1', { kind: 'list', params: { listId: 'l1', sourceName: 'Cats 🐱' } }), null);
    const img = list.header.querySelector<HTMLImageElement>('.column-detail img.twemoji')!;
    expect([img.alt, img.getAttribute('src')]).toEqual(['🐱', '/twemoji/1f431.svg']);
    expect(list.header.querySelector('.column-detail')!.textContent).toBe(' Cats ');
  });
});
