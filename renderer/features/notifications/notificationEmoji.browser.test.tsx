import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import type { NotificationItem } from '../../../shared/model/notification';
import { imagesSettled } from '../emoji/testing/shownText';
import { MfmServerEmojisContext } from '../mfm';
import { NotificationRow } from './NotificationRow';

const user = { id: 'u1', name: 'Alice', username: 'alice', host: null, avatarUrl: null };
const item = (notification: Record<string, unknown>) =>
  ({ accountId: 'a1', notification: { id: 'x1', createdAt: '2026-01-01T00:00:00Z', ...notification } }) as unknown as NotificationItem;
const twemoji = async (root: Element) => (await imagesSettled(root)).filter((i) => i.classList.contains('twemoji'));

describe('notification emoji', () => {
  it('a reaction, its icon and the note excerpt draw unicode emoji as bundled images', async () => {
    const screen = await render(<NotificationRow item={item({ type: 'reaction', user, reaction: '👍🏽', note: { id: 'n1', text: 'lunch 🍣!' } })} />);
    const row = screen.container.querySelector('.notification')!;
    const images = await twemoji(row);
    expect(images.map((i) => [i.alt, i.getAttribute('src')])).toEqual([
      ['👍🏽', '/twemoji/1f44d-1f3fd.svg'],
      ['🍣', '/twemoji/1f363.svg'],
    ]);
    for (const img of images) expect(img.naturalWidth, img.alt).toBeGreaterThan(0);
    // The row's accessible name keeps the characters.
    expect(row.getAttribute('aria-label')).toContain('👍🏽');
    expect(row.getAttribute('aria-label')).toContain('lunch 🍣!');
  });

  it("a custom emoji reaction is the server's image, as in the reactions bar: ours from its list, another server's from the note", async () => {
    const note = { id: 'n1', text: 'hi', reactionEmojis: { 'wave@remote.example': 'https://remote.example/emoji/wave.webp' } };
    const screen = await render(
      <MfmServerEmojisContext value={{ blobcat: 'https://misskey.test/emoji/blobcat.webp' }}>
        <NotificationRow item={item({ id: 'x1', type: 'reaction', user, reaction: ':blobcat:', note })} />
        <NotificationRow item={item({ id: 'x2', type: 'reaction', user, reaction: ':wave@remote.example:', note })} />
      </MfmServerEmojisContext>,
    );
    const images = [...screen.container.querySelectorAll<HTMLImageElement>('.notification-reaction img')];
    expect(images.map((i) => [i.alt, i.getAttribute('src')])).toEqual([
      [':blobcat:', 'https://misskey.test/emoji/blobcat.webp'],
      [':wave@remote.example:', 'https://remote.example/emoji/wave.webp'],
    ]);
  });

  it('type icons that are emoji are images; the others stay glyphs', async () => {
    const screen = await render(
      <>
        <NotificationRow item={item({ type: 'pollEnded', note: { id: 'n1', text: 'q' } })} />
        <NotificationRow item={item({ type: 'achievementEarned', achievement: 'notes1' })} />
        <NotificationRow item={item({ type: 'mention', user, note: { id: 'n1', text: 'hi' } })} />
      </>,
    );
    const icons = [...screen.container.querySelectorAll('.notification-icon')];
    const srcs = await Promise.all(icons.map(async (icon) => (await twemoji(icon)).map((i) => i.naturalWidth > 0 && i.getAttribute('src'))));
    expect(srcs).toEqual([['/twemoji/1f4ca.svg'], ['/twemoji/1f3c6.svg'], []]);
    expect(icons[2]!.textContent).toBe('@');
  });
});
