import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ok } from '../../store/testing/fakeBridge';
import { ReactionPicker } from './ReactionPicker';
import { rememberReaction } from './state/recentReactions';
import { renderIn, setup } from './testing/harness';

const emojis = [
  { name: 'blobcat', aliases: ['cat', 'ねこ'], category: 'Blobs', url: 'https://e.test/blobcat.png' },
  { name: 'blobfox', aliases: ['fox'], category: 'Blobs', url: 'https://e.test/blobfox.png' },
  { name: 'party_parrot', aliases: [], category: null, url: 'https://e.test/parrot.gif' },
];

describe('reaction picker', () => {
  it('lists custom emoji by category with lazy images, unicode groups and recents', async () => {
    const s = setup({ 'server.emojis': () => ok(emojis) });
    rememberReaction('a1', '🍮');
    const screen = await renderIn(s, <ReactionPicker accountId="a1" onPick={() => {}} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Pick a reaction' });
    await expect.element(dialog.getByRole('button', { name: ':blobcat:' })).toBeInTheDocument();
    expect(dialog.getByRole('group', { name: 'Blobs' }).element().querySelectorAll('img')).toHaveLength(2);
    for (const img of dialog.getByRole('group', { name: 'Blobs' }).element().querySelectorAll('img')) expect(img.getAttribute('loading')).toBe('lazy');
    await expect.element(dialog.getByRole('group', { name: 'Other' })).toBeInTheDocument();
    await expect.element(dialog.getByRole('group', { name: 'Recently used' }).getByRole('button', { name: '🍮' })).toBeInTheDocument();
    await expect.element(dialog.getByRole('group', { name: 'Smileys' })).toBeInTheDocument();
  });

  it('draws unicode emoji as bundled images that load when scrolled to', async () => {
    const s = setup({ 'server.emojis': () => ok(emojis) });
    rememberReaction('a1', '👍');
    const screen = await renderIn(s, <ReactionPicker accountId="a1" onPick={() => {}} onClose={() => {}} />);
    const recent = screen.getByRole('group', { name: 'Recently used' }).getByRole('button', { name: '👍' });
    await expect.element(recent.getByRole('img', { name: '👍' })).toHaveAttribute('src', '/twemoji/1f44d.svg');
    const heart = screen.getByRole('group', { name: 'Smileys' }).getByRole('button', { name: /^❤️ red/ });
    const img = heart.element().querySelector('img')!;
    expect([img.alt, img.getAttribute('src'), img.getAttribute('loading')]).toEqual(['❤️', '/twemoji/2764.svg', 'lazy']);
    heart.element().scrollIntoView();
    await expect.poll(() => img.complete && img.naturalWidth).toBeGreaterThan(0);
  });

  it('searches by name or alias; Enter picks the first; picks are remembered', async () => {
    const s = setup({ 'server.emojis': () => ok(emojis) });
    const onPick = vi.fn();
    const screen = await renderIn(s, <ReactionPicker accountId="a1" onPick={onPick} onClose={() => {}} />);
    await expect.element(screen.getByRole('button', { name: ':blobcat:' })).toBeInTheDocument();
    await screen.getByRole('searchbox', { name: 'Search emoji' }).fill('ねこ');
    await expect.element(screen.getByRole('group', { name: 'Results' }).getByRole('button', { name: ':blobcat:' })).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith(':blobcat:');
  });

  it('is keyboard navigable: ↓ from search into the grid, arrows move, Enter picks', async () => {
    const s = setup({ 'server.emojis': () => ok(emojis) });
    const onPick = vi.fn();
    const screen = await renderIn(s, <ReactionPicker accountId="a1" onPick={onPick} onClose={() => {}} />);
    await expect.element(screen.getByRole('button', { name: ':blobcat:' })).toBeInTheDocument();
    await expect.element(screen.getByRole('searchbox')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(screen.getByRole('button', { name: ':blobcat:' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(screen.getByRole('button', { name: ':blobfox:' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith(':blobfox:');
  });
});
