import { describe, expect, it } from 'vitest';
import type { UserDetailed } from '../../../shared/model/content';
import { renderIn, setup } from '../notes/testing/harness';
import { user } from '../notes/testing/fixtures';
import { urlInCssValue } from '../notes/testing/cssUrlValue';
import { UserProfilePanel } from './UserProfilePanel';
import '../../styles/app.css';

// A 2×1 PNG, its base64 broken over lines as some servers send data: URLs.
const dataBanner = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4\nnGP4z8Dwn4GBgQEAE/4D/W8/aY8AAAAASUVORK5CYII=';

async function bannerOf(bannerUrl: string) {
  const s = setup({ 'users.show': () => ({ ok: true, value: { ...user({ id: 'u-bob', username: 'bob', name: 'Bob' }), bannerUrl } as unknown as UserDetailed }) });
  const screen = await renderIn(s, <UserProfilePanel target={{ accountId: 'a1', userId: 'u-bob' }} onClose={() => {}} />);
  await expect.poll(() => document.querySelector('.user-banner')).not.toBeNull();
  const banner = document.querySelector<HTMLElement>('.user-banner')!;
  return { screen, background: getComputedStyle(banner).backgroundImage };
}

describe('profile banner', () => {
  it('is drawn from the URL exactly as the server sent it, a backslash in the query included', async () => {
    const url = 'https://misskey.test/files/banner.webp?v=a\\b';
    const { screen, background } = await bannerOf(url);
    expect(urlInCssValue(background)).toBe(url);
    screen.unmount();
  });

  it('takes an inline data: picture whose base64 is broken over lines', async () => {
    const { screen, background } = await bannerOf(dataBanner);
    expect(background).toMatch(/^url\("data:image\/png;base64,/);
    screen.unmount();
  });

  it('keeps its plain backdrop for a URL that is not http(s) or an inline picture', async () => {
    const { screen, background } = await bannerOf('javascript:alert(1)');
    expect(background).toMatch(/^linear-gradient\(/);
    expect(background).not.toContain('url(');
    screen.unmount();
  });
});
