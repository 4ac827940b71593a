import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import { drawIconPng, forcedColorFor, imageIconCss, imageIconRules, installImageIcons } from './imageIcons';
import '../../styles/app.css';
import '../../theme/theme.css';
import './notes.css';

const themeToken = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** The sRGB bytes of a CSS colour, as a canvas draws it. */
function rgbOf(color: string): number[] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

/** An element's background image: its size in pixels, how many pixels are drawn, and the colour of the most opaque one. */
async function backgroundOf(el: Element): Promise<{ width: number; drawn: number; color: number[] | null }> {
  const match = /^url\("(.*)"\)$/.exec(getComputedStyle(el).backgroundImage);
  if (!match) return { width: 0, drawn: 0, color: null };
  const image = new Image();
  image.src = match[1]!;
  await image.decode();
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.canvas.width = image.width;
  context.canvas.height = image.height;
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, image.width, image.height).data;
  let drawn = 0;
  let most = 0;
  let color: number[] | null = null;
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3]!;
    if (alpha > 0) drawn++;
    if (alpha > most) [most, color] = [alpha, [data[i]!, data[i + 1]!, data[i + 2]!]];
  }
  return { width: image.width, drawn, color };
}

/** Colours equal but for the rounding of a partly transparent pixel. */
function expectColor(actual: number[] | null, expected: number[], label?: string) {
  expect(actual, label).not.toBeNull();
  actual!.forEach((channel, i) => expect(Math.abs(channel - expected[i]!), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(3));
}

function footerButton(icon: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.className = 'note-action';
  button.dataset.icon = icon;
  document.body.append(button);
  return button;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('image icons', () => {
  let uninstall = () => {};
  afterEach(() => {
    uninstall();
    document.body.replaceChildren();
    delete document.documentElement.dataset.theme;
  });

  it('draws every footer icon and the renote mark in the theme colours, and redraws them when the theme changes', async () => {
    document.documentElement.dataset.theme = 'dark';
    uninstall = installImageIcons();
    const buttons = ['reply', 'renote', 'react', 'more'].map(footerButton);
    const mark = document.createElement('span');
    mark.className = 'note-renoted-icon';
    document.body.append(mark);

    for (const button of buttons) {
      const image = await backgroundOf(button);
      expect(image.width, button.dataset.icon).toBe(16 * devicePixelRatio);
      expect(image.drawn, button.dataset.icon).toBeGreaterThan(8);
      expectColor(image.color, rgbOf(themeToken('--muted')), button.dataset.icon);
    }
    expectColor((await backgroundOf(mark)).color, rgbOf(themeToken('--ok')));
    const darkMuted = themeToken('--muted');

    document.documentElement.dataset.theme = 'light';
    await frame();
    expect(themeToken('--muted')).not.toBe(darkMuted);
    for (const button of buttons) expectColor((await backgroundOf(button)).color, rgbOf(themeToken('--muted')), button.dataset.icon);
    expectColor((await backgroundOf(mark)).color, rgbOf(themeToken('--ok')));
  });

  it('shows the icon of a button whose menu is open in the accent colour', async () => {
    uninstall = installImageIcons();
    const more = footerButton('more');
    more.setAttribute('aria-expanded', 'true');
    expectColor((await backgroundOf(more)).color, rgbOf(themeToken('--accent')));
    more.setAttribute('aria-expanded', 'false');
    expectColor((await backgroundOf(more)).color, rgbOf(themeToken('--muted')));
  });

  it('in forced colours (high contrast) takes the system colours, and the theme colours again after', async () => {
    const systemColor = (keyword: string) => {
      const probe = document.createElement('span');
      probe.style.color = keyword;
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    };
    uninstall = installImageIcons();
    const reply = footerButton('reply');
    const open = footerButton('more');
    open.setAttribute('aria-expanded', 'true');
    // The playwright provider's CDP session (its type here does not list `send`).
    const session = cdp() as unknown as { send(method: string, params: unknown): Promise<unknown> };
    const sheet = () => document.querySelector('style[data-image-icons]')!.textContent;
    /** Emulates forced colours on or off and waits for the icons to be redrawn (the media query's change event comes with a later frame). */
    const forcedColors = async (value: 'active' | 'none') => {
      const before = sheet();
      await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      await vi.waitUntil(() => sheet() !== before);
    };
    try {
      await forcedColors('active');
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      expect(rgbOf(systemColor(forcedColorFor['--muted']!))).not.toEqual(rgbOf(themeToken('--muted')));
      expectColor((await backgroundOf(reply)).color, rgbOf(systemColor(forcedColorFor['--muted']!)), 'muted → ButtonText');
      expectColor((await backgroundOf(open)).color, rgbOf(systemColor(forcedColorFor['--accent']!)), 'accent → Highlight');
    } finally {
      await forcedColors('none');
    }
    expectColor((await backgroundOf(reply)).color, rgbOf(themeToken('--muted')), 'back to the theme');
  });

  it('takes its style sheet away again', async () => {
    uninstall = installImageIcons();
    const reply = footerButton('reply');
    expect((await backgroundOf(reply)).drawn).toBeGreaterThan(0);
    uninstall();
    uninstall = () => {};
    expect(getComputedStyle(reply).backgroundImage).toBe('none');
    expect(document.querySelector('style[data-image-icons]')).toBeNull();
  });

  it('draws each icon differently, at the size asked', async () => {
    const urls = imageIconRules.filter((r) => r.color === '--muted').map((r) => drawIconPng(r.icon, '#000', 32));
    expect(new Set(urls).size).toBe(4);
    const image = new Image();
    image.src = urls[0]!;
    await image.decode();
    expect([image.width, image.height]).toEqual([32, 32]);
  });

  it('leaves out a rule whose colour the theme does not define, and one that cannot be drawn', () => {
    const rules = [
      { selector: '.a', icon: 'reply', size: 16, color: '--defined' },
      { selector: '.b', icon: 'more', size: 16, color: '--missing' },
      { selector: '.c', icon: 'react', size: 10, color: '--defined' },
    ] as const;
    const drawn: string[] = [];
    const css = imageIconCss(rules, (p) => (p === '--defined' ? 'red' : ''), (icon, color, pixels) => {
      drawn.push(`${icon} ${color} ${pixels}`);
      return icon === 'react' ? null : `data:${icon}`;
    }, 2);
    expect(drawn).toEqual(['reply red 32', 'react red 20']);
    expect(css).toBe('.a { background-image: url("data:reply"); }');
  });
});
