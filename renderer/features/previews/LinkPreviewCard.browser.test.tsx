import { beforeEach, describe, expect, it } from 'vitest';
import type { LinkPreview } from '../../../shared/model/linkPreview';
import { createSettingsStore, SettingsContext } from '../settings/settingsStore';
import { NoteItem } from '../notes/NoteItem';
import { note } from '../notes/testing/fixtures';
import { renderIn, setup } from '../notes/testing/harness';
import { defaultSettings } from '../../../shared/model/settings';
import { LinkPreviewCard } from './LinkPreviewCard';
import { resetPreviewCache } from './previewCache';

// A 1×1 PNG: the card's images load without any network.
const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const card = (over: Partial<LinkPreview> = {}): LinkPreview => ({
  url: 'https://news.example/article',
  title: 'An article',
  siteName: 'News',
  description: 'What happened today.',
  thumbnailUrl: png,
  iconUrl: png,
  sensitive: false,
  ...over,
});

beforeEach(() => resetPreviewCache());

describe('LinkPreviewCard', () => {
  it('is a link to the page with its title, description, site and thumbnail; no player or iframe', async () => {
    const screen = await renderIn(setup(), <LinkPreviewCard preview={card({ title: '<script>alert(1)</script>' })} />);
    const link = screen.getByRole('link', { name: /<script>alert\(1\)<\/script>/ });
    await expect.element(link).toHaveAttribute('href', 'https://news.example/article');
    await expect.element(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    const el = link.element();
    expect(el.textContent).toContain('What happened today.');
    expect(el.textContent).toContain('News');
    expect(el.querySelector('img.link-preview-thumb')?.getAttribute('src')).toBe(png);
    expect(el.querySelector('img.link-preview-thumb')?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(screen.container.querySelector('iframe, script, video')).toBeNull();
  });

  it('keeps a sensitive preview blurred, not clickable as a link, until clicked', async () => {
    const screen = await renderIn(setup(), <LinkPreviewCard preview={card({ sensitive: true })} />);
    const hidden = screen.container.querySelector<HTMLElement>('.link-preview-hidden')!;
    expect(getComputedStyle(hidden).filter).toContain('blur');
    expect(hidden.getAttribute('aria-hidden')).toBe('true');
    expect(screen.container.querySelector('a')).toBeNull();
    await screen.getByRole('button', { name: 'Sensitive content Click to show (preview of news.example)' }).click();
    await expect.element(screen.getByRole('link', { name: /An article/ })).toBeInTheDocument();
    expect(screen.container.querySelector('.link-preview-hidden')).toBeNull();
  });

  it('shows no thumbnail when media are hidden and drops non-http(s) links', async () => {
    const settings = createSettingsStore(undefined, { ...defaultSettings, media: 'hide' });
    const s = setup();
    const screen = await renderIn(
      s,
      <SettingsContext value={settings}>
        <LinkPreviewCard preview={card()} />
        <LinkPreviewCard preview={card({ url: 'javascript:alert(1)', title: 'evil' })} />
      </SettingsContext>,
    );
    await expect.element(screen.getByRole('link', { name: /An article/ })).toBeInTheDocument();
    expect(screen.container.querySelector('img')).toBeNull();
    expect(screen.container.textContent).not.toContain('evil');
  });
});

describe('previews under a note', () => {
  const text = 'read https://news.example/article and https://broken.example/ and https://misskey.test/notes/abc';

  it('shows the card for a link the server previews, only the plain link for one it cannot, in a reserved space', async () => {
    let answer: (value: LinkPreview | null) => void = () => {};
    const s = setup({
      'previews.get': ({ url }) =>
        url === 'https://broken.example/' ? { ok: true, value: null } : new Promise((resolve) => (answer = (value) => resolve({ ok: true, value }))),
    });
    const screen = await renderIn(s, <NoteItem note={note({ text })} />);
    await expect.poll(() => s.fake.callsOf('previews.get').length).toBe(2);
    expect(s.fake.callsOf('previews.get')).toEqual([
      { accountId: 'a1', url: 'https://news.example/article', lang: 'en' },
      { accountId: 'a1', url: 'https://broken.example/', lang: 'en' },
    ]);
    const placeholder = screen.container.querySelector<HTMLElement>('.link-preview-loading')!;
    const reserved = placeholder.getBoundingClientRect().height;
    expect(reserved).toBeGreaterThan(30);
    answer(card());
    const link = screen.getByRole('link', { name: /An article/ });
    await expect.element(link).toBeInTheDocument();
    expect(link.element().getBoundingClientRect().height).toBe(reserved);
    expect(screen.container.querySelectorAll('.link-preview')).toHaveLength(1);
    // The failed link stays in the text as a plain link.
    await expect.element(screen.getByRole('link', { name: 'broken.example' })).toHaveAttribute('href', 'https://broken.example/');
  });

  it('shows at most three cards and asks once per link however many rows show it', async () => {
    const s = setup({ 'previews.get': ({ url }) => ({ ok: true, value: card({ url, title: `Title of ${url}` }) }) });
    const many = note({ text: [1, 2, 3, 4, 5].map((n) => `https://site${n}.example/`).join(' ') });
    const screen = await renderIn(s, <><NoteItem note={many} /><NoteItem note={{ ...many, id: 'other-row' }} /></>);
    await expect.poll(() => screen.container.querySelectorAll('a.link-preview').length).toBe(6);
    expect(s.fake.callsOf('previews.get').map((c) => (c as { url: string }).url)).toEqual(['https://site1.example/', 'https://site2.example/', 'https://site3.example/']);
  });

  it('asks nothing when link previews are turned off', async () => {
    const settings = createSettingsStore(undefined, { ...defaultSettings, linkPreviews: false });
    const s = setup({ 'previews.get': () => ({ ok: true, value: card() }) });
    const screen = await renderIn(s, <SettingsContext value={settings}><NoteItem note={note({ text })} /></SettingsContext>);
    await expect.element(screen.getByRole('link', { name: 'broken.example' })).toBeInTheDocument();
    expect(screen.container.querySelector('.link-preview')).toBeNull();
    expect(s.fake.callsOf('previews.get')).toEqual([]);
  });
});
