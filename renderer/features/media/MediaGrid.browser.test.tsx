import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { fileView } from '../notes/noteView';
import { file } from '../notes/testing/fixtures';
import { MediaGrid } from './MediaGrid';

const files = (n: number, patch = {}) => Array.from({ length: n }, (_, i) => fileView(file({ comment: i === 1 ? 'second alt' : null, ...patch }), i));

describe('media grid', () => {
  it.each([1, 2, 3, 4])('lays out %i images with thumbnails loaded at once (a lazy image costs a virtualised list more than it saves)', async (n) => {
    const screen = await render(<MediaGrid files={files(n)} />);
    const grid = screen.container.querySelector<HTMLElement>('.media-grid')!;
    expect(grid.dataset.count).toBe(String(n));
    const imgs = grid.querySelectorAll('img');
    expect(imgs).toHaveLength(n);
    for (const img of imgs) {
      expect(img.getAttribute('loading')).toBeNull();
      expect(img.getAttribute('src')).toMatch(/-thumb\.png$/);
    }
  });

  it('shows four tiles and "+N" for more', async () => {
    const screen = await render(<MediaGrid files={files(6)} />);
    expect(screen.container.querySelectorAll('.media-tile')).toHaveLength(4);
    expect(screen.container.querySelector('.media-more')?.textContent).toBe('+2');
  });

  it('audio plays inline; other files are links', async () => {
    const screen = await render(<MediaGrid files={[fileView(file({ type: 'audio/mpeg', name: 'song.mp3' }), 0), fileView(file({ type: 'application/pdf', name: 'doc.pdf' }), 1)]} />);
    expect(screen.container.querySelector('audio')?.getAttribute('preload')).toBe('none');
    expect(screen.getByRole('link', { name: 'doc.pdf' }).element().getAttribute('target')).toBe('_blank');
  });
});

describe('media viewer', () => {
  it('opens on click; ←/→ move, zoom in/out, alt text shown, Escape closes', async () => {
    const screen = await render(<MediaGrid files={files(3)} />);
    await screen.getByRole('button', { name: 'Open image 1 of 3' }).click();
    const dialog = screen.getByRole('dialog', { name: /Image 1 of 3/ });
    await expect.element(dialog).toBeInTheDocument();
    expect(dialog.element().querySelector('.media-viewer-alt')?.textContent).toBe('No alt text');
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(screen.getByRole('dialog', { name: /Image 2 of 3/ })).toBeInTheDocument();
    expect(screen.container.querySelector('.media-viewer-alt')?.textContent).toContain('second alt');
    expect(screen.container.querySelector('.media-viewer-media')?.getAttribute('alt')).toBe('second alt');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await expect.element(screen.getByRole('dialog', { name: /Image 3 of 3/ })).toBeInTheDocument();
    await screen.getByRole('button', { name: 'Zoom in' }).click();
    await expect.element(screen.getByText('150%')).toBeInTheDocument();
    await screen.getByRole('button', { name: 'Zoom out' }).click();
    await expect.element(screen.getByText('100%')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
  });

  it('full-size URLs must be http(s)', async () => {
    const screen = await render(<MediaGrid files={[fileView(file({ url: 'javascript:alert(1)' }), 0)]} />);
    await screen.getByRole('button', { name: /Open image/ }).click();
    await expect.element(screen.getByText('This file cannot be shown.')).toBeInTheDocument();
  });
});
