import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import '../../styles/app.css';
import { cssUrl } from '../../lib/safeUrl';
import { Avatar } from './Avatar';
import { urlInCssValue } from './testing/cssUrlValue';

const avatarIn = (root: HTMLElement) => root.querySelector<HTMLElement>('.avatar')!;

describe('Avatar', () => {
  it('draws the picture round, at its size, and hides it from assistive technology', async () => {
    const screen = await render(<Avatar url="https://misskey.test/avatar/1.webp" size={28} />);
    const avatar = avatarIn(screen.container);
    const style = getComputedStyle(avatar);
    expect(urlInCssValue(style.backgroundImage)).toBe('https://misskey.test/avatar/1.webp');
    expect([style.width, style.height, style.borderTopLeftRadius, style.backgroundSize]).toEqual(['28px', '28px', '50%', 'cover']);
    expect(avatar.getAttribute('aria-hidden')).toBe('true');
  });

  it('draws nothing remote for a URL that is not http(s)', async () => {
    const refused = ['javascript:alert(1)', 'file:///etc/passwd', 'data:image/png;base64,AA', null];
    const screen = await render(<>{refused.map((url, i) => <Avatar key={i} url={url} />)}</>);
    const avatars = [...screen.container.querySelectorAll<HTMLElement>('.avatar')];
    expect(avatars.map((avatar) => getComputedStyle(avatar).backgroundImage)).toEqual(refused.map(() => 'none'));
  });

  it('keeps a hostile URL to its own property: quotes, backslashes and line breaks cannot end the value', async () => {
    const backslash = 'https://misskey.test/a.webp?x=\\';
    const screen = await render(<Avatar url={backslash} />);
    expect(urlInCssValue(getComputedStyle(avatarIn(screen.container)).backgroundImage)).toBe(backslash);
    for (const hostile of [backslash, 'https://x.test/?q=\\"); color: red; width: 1px; x: ("', 'https://x.test/a\nb\r\fc']) {
      const el = document.createElement('span');
      el.style.backgroundImage = cssUrl(hostile);
      expect(urlInCssValue(el.style.backgroundImage)).toBe(hostile);
      expect([el.style.color, el.style.width]).toEqual(['', '']);
    }
  });

  it('opens the profile when clicked, if it may', async () => {
    const onClick = vi.fn();
    const screen = await render(<Avatar url="https://misskey.test/avatar/1.webp" onClick={onClick} />);
    avatarIn(screen.container).click();
    expect(onClick).toHaveBeenCalledOnce();
    expect(avatarIn(screen.container).classList.contains('avatar-clickable')).toBe(true);
  });
});
