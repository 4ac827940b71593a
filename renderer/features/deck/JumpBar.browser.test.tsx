import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import type { Announcement } from '../../../shared/model/announcement';
import { AnnouncementBody } from '../announcements/AnnouncementBody';
import { imagesSettled, shownText } from '../emoji/testing/shownText';
import { renderIn, setup } from '../notes/testing/harness';
import { JumpBar } from './JumpBar';

const column = (id: string, kind: 'home' | 'notifications' | 'thread' | 'antenna') => ({ id, accountId: 'a1', kind, params: {}, width: 340, collapsed: false });
const loadedSources = async (element: Element) => (await imagesSettled(element)).map((img) => img.naturalWidth > 0 && img.getAttribute('src'));

describe('emoji in the deck chrome', () => {
  it('the jump bar draws emoji icons as bundled images, other glyphs as text', async () => {
    const s = setup({}, { columns: [column('c1', 'home'), column('c2', 'notifications'), column('c3', 'thread'), column('c4', 'antenna')] });
    const screen = await renderIn(s, <JumpBar />);
    const icons = [...screen.container.querySelectorAll('.jump-icon')];
    expect(await Promise.all(icons.map(loadedSources))).toEqual([[], ['/twemoji/1f514.svg'], ['/twemoji/1f9f5.svg'], ['/twemoji/1f4e1.svg']]);
    expect(icons[0]!.textContent).toBe('⌂');
    // The emoji stays the image's alt text.
    expect(shownText(icons[1]!)).toBe('🔔');
  });

  it("an announcement's icon is an image, named for screen readers by its kind", async () => {
    const announcement: Announcement = {
      id: 'a1',
      createdAt: new Date().toISOString(),
      updatedAt: null,
      title: 'Down for maintenance',
      text: 'soon',
      imageUrl: null,
      icon: 'error',
      display: 'normal',
      forYou: false,
      needConfirmationToRead: false,
      silence: false,
      isRead: false,
    };
    const screen = await render(<AnnouncementBody announcement={announcement} server="https://misskey.test" />);
    const icon = screen.container.querySelector('.announcement-icon')!;
    expect(await loadedSources(icon)).toEqual(['/twemoji/26d4.svg']);
    expect(icon.getAttribute('role')).toBe('img');
    expect(icon.getAttribute('aria-label')).toBe('Error');
  });
});
