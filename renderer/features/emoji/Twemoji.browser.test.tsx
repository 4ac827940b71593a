import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { userEvent } from 'vitest/browser';
import { EmojiText, Twemoji } from './Twemoji';
import { imagesSettled, shownText } from './testing/shownText';

describe('Twemoji', () => {
  it('draws an emoji as the bundled image, with the emoji as alt text', async () => {
    const screen = await render(<Twemoji emoji="👍🏽" />);
    const [img] = await imagesSettled(screen.container);
    expect(img!.getAttribute('src')).toBe('/twemoji/1f44d-1f3fd.svg');
    expect(img!.alt).toBe('👍🏽');
    expect(img!.naturalWidth).toBeGreaterThan(0);
    await expect.element(screen.getByRole('img', { name: '👍🏽' })).toBeVisible();
  });

  it('is a fixed box of 1.25em, so nothing moves when it loads', async () => {
    const screen = await render(
      <p style={{ fontSize: '16px' }}>
        <Twemoji emoji="🎉" />
      </p>,
    );
    const img = screen.container.querySelector('img')!;
    expect(img.getBoundingClientRect().width).toBe(20);
    expect(img.getBoundingClientRect().height).toBe(20);
  });

  it('shows an emoji the set has no image for as text', async () => {
    const screen = await render(<Twemoji emoji="🫩" />);
    expect(screen.container.querySelector('img')).toBeNull();
    expect(screen.container.textContent).toBe('🫩');
  });

  it('EmojiText: every kind of emoji as an image that loads, the text around it kept', async () => {
    const text = 'Hi 👨‍👩‍👧 👍🏽 🇯🇵 1️⃣ ❤️ ❤ © 🫩!';
    const screen = await render(<EmojiText text={text} />);
    const images = await imagesSettled(screen.container);
    expect(images.map((i) => i.getAttribute('src'))).toEqual(
      ['1f468-200d-1f469-200d-1f467', '1f44d-1f3fd', '1f1ef-1f1f5', '31-20e3', '2764', '2764'].map((f) => `/twemoji/${f}.svg`),
    );
    for (const img of images) expect(img.naturalWidth, img.alt).toBeGreaterThan(0);
    expect(shownText(screen.container)).toBe(text);
  });

  it('copying a selection gives the emoji characters', async () => {
    const screen = await render(
      <div>
        <p data-testid="source">
          <EmojiText text="I 👍🏽 this 🇯🇵!" />
        </p>
        <textarea aria-label="paste here" />
      </div>,
    );
    const range = document.createRange();
    range.selectNodeContents(screen.getByTestId('source').element());
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    await userEvent.copy();
    await screen.getByRole('textbox', { name: 'paste here' }).click();
    await userEvent.paste();
    await expect.element(screen.getByRole('textbox', { name: 'paste here' })).toHaveValue('I 👍🏽 this 🇯🇵!');
  });
});
