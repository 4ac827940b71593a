import { describe, expect, it } from 'vitest';
import { ok } from '../../../store/testing/fakeBridge';
import { NoteItem } from '../NoteItem';
import { note } from '../testing/fixtures';
import { renderIn, setup } from '../testing/harness';

const info = (translatorAvailable: boolean) => () => ok({ name: null, version: null, maxNoteTextLength: 3000, maxFilesPerNote: 16, iconUrl: null, translatorAvailable });

describe('translation', () => {
  it('offers Translate only when the server can, and shows the answer as plain text with its language', async () => {
    const s = setup({
      'server.info': info(true),
      'notes.translate': () => ok({ sourceLang: 'JA', text: '<b>Hello</b> $[x2 world] :blob:' }),
    });
    const n = note({ text: 'こんにちは' });
    const screen = await renderIn(s, <NoteItem note={n} />);
    await screen.getByRole('button', { name: 'More' }).click();
    await screen.getByRole('menuitem', { name: 'Translate' }).click();
    const box = () => screen.container.querySelector<HTMLElement>('section.note-translation[aria-label="Translation"]');
    await expect.poll(() => box()?.querySelector('.note-translation-source')?.textContent).toContain('Translated from Japanese');
    // Text only: markup and MFM stay as the characters they are.
    expect(box()!.querySelector('.note-translation-text')!.textContent).toBe('<b>Hello</b> $[x2 world] :blob:');
    expect(box()!.querySelector('b, img, .mfm')).toBeNull();
    expect(s.fake.callsOf('notes.translate')).toEqual([{ accountId: 'a1', noteId: n.id, targetLang: 'en-US' }]);
    await screen.getByRole('button', { name: 'Hide translation' }).click();
    expect(screen.container.querySelector('.note-translation')).toBeNull();
  });

  it('has no Translate item when the server has no translator', async () => {
    const s = setup({ 'server.info': info(false) });
    const screen = await renderIn(s, <NoteItem note={note({ text: 'hello' })} />);
    await screen.getByRole('button', { name: 'More' }).click();
    await expect.element(screen.getByRole('menuitem', { name: 'Copy link' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Translate' }).query()).toBeNull();
  });

  it('says why when the server refuses', async () => {
    const s = setup({
      'server.info': info(true),
      'notes.translate': () => ({ ok: false, error: { code: 'MISSKEY_ERROR', message: 'x', messageKey: 'translationUnavailable', misskeyCode: 'UNAVAILABLE' } }),
    });
    const screen = await renderIn(s, <NoteItem note={note({ text: 'hello' })} />);
    await screen.getByRole('button', { name: 'More' }).click();
    await screen.getByRole('menuitem', { name: 'Translate' }).click();
    await expect.poll(() => screen.container.querySelector('.note-translation [role="alert"]')?.textContent).toMatch(/cannot translate notes/);
  });
});
