import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DraftView } from '../../../shared/model/content';
import type { Note } from '../../../shared/model/note';
import { ok, type FakeHandlers } from '../../store/testing/fakeBridge';
import { note, user } from '../notes/testing/fixtures';
import { renderIn, setup, tick } from '../notes/testing/harness';
import { Composer } from './Composer';
import { ComposeDialog } from './ComposeDialog';
import { draftSaveDelayMs } from './state/draft';

/** Drafts kept as the core keeps them: per account, and per note replied to or quoted. */
function keptDrafts() {
  const kept = new Map<string, DraftView>();
  const keyOf = (input: { accountId: string; slot?: { kind: string; noteId: string } }) => JSON.stringify([input.accountId, input.slot?.kind, input.slot?.noteId]);
  const handlers: FakeHandlers = {
    'drafts.get': (input) => ok(kept.get(keyOf(input)) ?? null),
    'drafts.save': (input) => {
      if (input.draft) kept.set(keyOf(input), { ...input.draft, recipients: input.draft.recipients ?? [], savedAt: '' });
      else kept.delete(keyOf(input));
      return ok(null);
    },
  };
  return { kept, handlers };
}

const info = (max: number, files = 16) => () => ok({ name: null, version: null, maxNoteTextLength: max, maxFilesPerNote: files, iconUrl: null, translatorAvailable: false });

describe('composer', () => {
  it('counts characters left from server.info; negative disables Post', async () => {
    const s = setup({ 'server.info': info(10) });
    const screen = await renderIn(s, <Composer mode="new" />);
    const counter = screen.getByLabelText('Characters left');
    await expect.element(counter).toHaveTextContent('10');
    await screen.getByLabelText('Note text').fill('こんにちは🎉');
    await expect.element(counter).toHaveTextContent('4');
    await expect.element(screen.getByRole('button', { name: 'Post' })).toBeEnabled();
    await screen.getByLabelText('Note text').fill('12345678901');
    await expect.element(counter).toHaveTextContent('-1');
    await expect.element(screen.getByRole('button', { name: 'Post' })).toBeDisabled();
  });

  it('Enter during IME composition never posts; Ctrl+Enter posts', async () => {
    const s = setup({ 'notes.create': () => ok(note()) });
    const screen = await renderIn(s, <Composer mode="new" />);
    const box = screen.getByLabelText('Note text');
    await box.fill('にほんご');
    const el = box.element() as HTMLTextAreaElement;
    el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, isComposing: true, bubbles: true, cancelable: true }));
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, keyCode: 229, bubbles: true, cancelable: true }));
    el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    await tick(20);
    expect(s.fake.callsOf('notes.create')).toEqual([]);
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await tick();
    expect(s.fake.callsOf('notes.create')).toEqual([{ accountId: 'a1', visibility: 'public', text: 'にほんご' }]);
    await expect.element(box).toHaveValue('');
  });

  it('a failed post keeps everything and says why', async () => {
    const s = setup({ 'notes.create': () => ({ ok: false, error: { code: 'RATE_LIMITED', message: 'Slow down.' } }) });
    const screen = await renderIn(s, <Composer mode="new" />);
    await screen.getByRole('button', { name: 'Add CW (content warning)' }).click();
    await screen.getByLabelText('Content warning', { exact: true }).fill('cw here');
    await screen.getByLabelText('Note text').fill('keep me');
    await screen.getByRole('button', { name: 'Post' }).click();
    await expect.element(screen.getByRole('alert')).toHaveTextContent('Slow down.');
    await expect.element(screen.getByLabelText('Note text')).toHaveValue('keep me');
    await expect.element(screen.getByLabelText('Content warning', { exact: true })).toHaveValue('cw here');
    expect(s.fake.callsOf('notes.create')).toEqual([{ accountId: 'a1', visibility: 'public', text: 'keep me', cw: 'cw here' }]);
  });

  it('saves the draft debounced (~500 ms after the last change), loads it, clears it after posting', async () => {
    const s = setup({
      'drafts.get': () => ok({ text: 'saved before', cw: null, visibility: 'home', localOnly: true, replyId: null, renoteId: null, pollChoices: null, recipients: [], savedAt: '' }),
      'notes.create': () => ok(note()),
    });
    const screen = await renderIn(s, <Composer mode="new" />);
    const box = screen.getByLabelText('Note text');
    await expect.element(box).toHaveValue('saved before');
    await expect.element(screen.getByLabelText('Visibility')).toHaveValue('home');
    await expect.element(screen.getByRole('checkbox', { name: 'Local only' })).toBeChecked();
    await box.fill('a');
    await box.fill('ab');
    await box.fill('abc');
    await tick(200);
    expect(s.fake.callsOf('drafts.save')).toEqual([]);
    await tick(500);
    expect(s.fake.callsOf('drafts.save')).toEqual([{ accountId: 'a1', draft: { text: 'abc', cw: null, visibility: 'home', localOnly: true, replyId: null, renoteId: null, pollChoices: null, recipients: [] } }]);
    await screen.getByRole('button', { name: 'Post' }).click();
    await tick();
    expect(s.fake.callsOf('drafts.save').at(-1)).toEqual({ accountId: 'a1', draft: null });
  });

  it('uploads an attached file at once with progress, then posts its id; sensitive and alt text update the drive file', async () => {
    let finish: (v: unknown) => void = () => {};
    const s = setup({
      'drive.upload': () => new Promise((r) => (finish = r)) as never,
      'drive.update': () => ok(null as never),
      'notes.create': () => ok(note()),
    });
    const screen = await renderIn(s, <Composer mode="new" />);
    const input = screen.getByLabelText('Choose files to attach').element() as HTMLInputElement;
    const data = new DataTransfer();
    data.items.add(new File(['hello world'], 'hi.png', { type: 'image/png' }));
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const progress = screen.getByRole('progressbar', { name: 'Uploading hi.png' });
    await expect.element(progress).toBeInTheDocument();
    await vi.waitUntil(() => s.fake.callsOf('drive.upload').length === 1);
    const upload = s.fake.callsOf('drive.upload')[0] as { uploadId: string; dataBase64: string; name: string; type: string };
    expect(upload).toMatchObject({ accountId: 'a1', name: 'hi.png', type: 'image/png', dataBase64: btoa('hello world') });
    s.fake.emit('drive.uploadProgress', { uploadId: upload.uploadId, loaded: 5, total: 10 });
    await expect.element(progress).toHaveAttribute('value', '50');
    await expect.element(screen.getByRole('button', { name: 'Post' })).toBeDisabled();
    finish({ ok: true, value: { id: 'file1', isSensitive: false, comment: null, thumbnailUrl: null } });
    await expect.element(progress).not.toBeInTheDocument();
    await screen.getByRole('checkbox', { name: 'Mark hi.png as sensitive' }).click();
    await screen.getByLabelText('Alt text for hi.png').fill('a greeting');
    await screen.getByLabelText('Note text').click();
    await tick();
    expect(s.fake.callsOf('drive.update')).toEqual([
      { accountId: 'a1', fileId: 'file1', isSensitive: true },
      { accountId: 'a1', fileId: 'file1', comment: 'a greeting' },
    ]);
    await screen.getByRole('button', { name: 'Post' }).click();
    await tick();
    expect(s.fake.callsOf('notes.create')).toEqual([{ accountId: 'a1', visibility: 'public', fileIds: ['file1'] }]);
  });

  it('a failed upload is shown and blocks posting until removed', async () => {
    const s = setup({ 'drive.upload': () => ({ ok: false, error: { code: 'MISSKEY_ERROR', message: 'File too large.' } }) });
    const screen = await renderIn(s, <Composer mode="new" />);
    const input = screen.getByLabelText('Choose files to attach').element() as HTMLInputElement;
    const data = new DataTransfer();
    data.items.add(new File(['x'], 'big.bin', { type: 'application/octet-stream' }));
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await expect.element(screen.getByRole('alert')).toHaveTextContent('File too large.');
    await screen.getByLabelText('Note text').fill('text');
    await expect.element(screen.getByRole('button', { name: 'Post' })).toBeDisabled();
    await screen.getByRole('button', { name: 'Remove big.bin' }).click();
    await expect.element(screen.getByRole('button', { name: 'Post' })).toBeEnabled();
  });

  it('poll: choices, multiple, expiry → expiredAfter', async () => {
    const s = setup({ 'notes.create': () => ok(note()) });
    const screen = await renderIn(s, <Composer mode="new" />);
    await screen.getByRole('button', { name: 'Add poll' }).click();
    await screen.getByLabelText('Choice 1').fill('red');
    await screen.getByLabelText('Choice 2').fill('blue');
    await screen.getByRole('button', { name: 'Add choice' }).click();
    await screen.getByLabelText('Choice 3').fill('green');
    await screen.getByRole('checkbox', { name: 'Multiple choice' }).click();
    await screen.getByLabelText('Poll ends').selectOptions('1d');
    await screen.getByRole('button', { name: 'Post' }).click();
    await tick();
    expect(s.fake.callsOf('notes.create')).toEqual([{ accountId: 'a1', visibility: 'public', poll: { choices: ['red', 'blue', 'green'], multiple: true, expiredAfter: 86_400_000 } }]);
  });

  it('direct: recipients from users.search become visibleUserIds; local only', async () => {
    const s = setup({ 'users.search': () => ok([user({ id: 'u-bob', username: 'bob', host: 'b.test', name: 'Bob' })]), 'notes.create': () => ok(note()) });
    const screen = await renderIn(s, <Composer mode="new" />);
    await screen.getByLabelText('Visibility').selectOptions('specified');
    await screen.getByLabelText('Add recipient').fill('bob');
    await screen.getByRole('button', { name: 'Add @bob@b.test' }).click();
    await screen.getByRole('checkbox', { name: 'Local only' }).click();
    await screen.getByLabelText('Note text').fill('psst');
    await screen.getByRole('button', { name: 'Post' }).click();
    await tick();
    expect(s.fake.callsOf('notes.create')).toEqual([{ accountId: 'a1', visibility: 'specified', text: 'psst', localOnly: true, visibleUserIds: ['u-bob'] }]);
  });

  it('a direct note closed half-written comes back with its recipients, and posts to them', async () => {
    const drafts = keptDrafts();
    const s = setup({ ...drafts.handlers, 'users.search': () => ok([user({ id: 'u-bob', username: 'bob', host: 'b.test', name: 'Bob' })]), 'notes.create': () => ok(note()) });
    let screen = await renderIn(s, <Composer mode="new" />);
    await screen.getByLabelText('Visibility').selectOptions('specified');
    await screen.getByLabelText('Add recipient').fill('bob');
    await screen.getByRole('button', { name: 'Add @bob@b.test' }).click();
    await screen.getByLabelText('Note text').fill('psst');
    await tick(draftSaveDelayMs + 100);
    expect(s.fake.callsOf('drafts.save').at(-1)).toMatchObject({
      accountId: 'a1',
      draft: { text: 'psst', visibility: 'specified', recipients: [{ id: 'u-bob', username: 'bob', host: 'b.test', name: 'Bob' }] },
    });
    await screen.unmount();

    screen = await renderIn(s, <Composer mode="new" />);
    await expect.element(screen.getByLabelText('Note text')).toHaveValue('psst');
    await expect.element(screen.getByLabelText('Visibility')).toHaveValue('specified');
    await expect.element(screen.getByRole('button', { name: 'Remove @bob@b.test' })).toBeVisible();
    await screen.getByRole('button', { name: 'Post' }).click();
    await tick();
    expect(s.fake.callsOf('notes.create')).toEqual([{ accountId: 'a1', visibility: 'specified', text: 'psst', visibleUserIds: ['u-bob'] }]);
  });

  it('a draft that is not direct keeps no recipients, even if some were picked before switching', async () => {
    const drafts = keptDrafts();
    const s = setup({ ...drafts.handlers, 'users.search': () => ok([user({ id: 'u-bob', username: 'bob', host: 'b.test', name: 'Bob' })]) });
    const screen = await renderIn(s, <Composer mode="new" />);
    await screen.getByLabelText('Visibility').selectOptions('specified');
    await screen.getByLabelText('Add recipient').fill('bob');
    await screen.getByRole('button', { name: 'Add @bob@b.test' }).click();
    await screen.getByLabelText('Visibility').selectOptions('home');
    await screen.getByLabelText('Note text').fill('for followers of my home');
    await tick(draftSaveDelayMs + 100);
    expect(s.fake.callsOf('drafts.save').at(-1)).toMatchObject({ draft: { visibility: 'home', recipients: [] } });
  });

  it('autocomplete: @ searches users, : custom emoji; ↓ and Enter pick', async () => {
    const s = setup({
      'users.search': () => ok([user({ id: 'u-bob', username: 'bob', host: null, name: 'Bob' }), user({ id: 'u-bo', username: 'bobby', host: 'x.test' })]),
      'server.emojis': () => ok([{ name: 'blobcat', aliases: [], category: null, url: 'https://e.test/b.png' }]),
    });
    const screen = await renderIn(s, <Composer mode="new" />);
    const box = screen.getByLabelText('Note text');
    await box.click();
    await userEvent.keyboard('hi @bo');
    const list = screen.getByRole('listbox', { name: 'Suggestions' });
    await expect.element(list.getByRole('option', { name: /bobby/ })).toBeInTheDocument();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect.element(box).toHaveValue('hi @bobby@x.test ');
    await userEvent.keyboard(':blo');
    await expect.element(screen.getByRole('option', { name: ':blobcat:' })).toBeInTheDocument();
    await userEvent.keyboard('{Tab}');
    await expect.element(box).toHaveValue('hi @bobby@x.test :blobcat: ');
  });

  it('reply dialog: replyId, the parent visibility, the target shown', async () => {
    const s = setup({ 'notes.create': () => ok(note()) });
    const parent = note({ id: 'p1', text: 'parent text', visibility: 'home', user: user({ id: 'u-bob', username: 'bob', host: null }) });
    const onClose = vi.fn();
    const screen = await renderIn(s, <ComposeDialog request={{ mode: 'reply', accountId: 'a1', note: parent }} onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Reply' });
    expect(dialog.getByRole('region', { name: 'Replying to' }).element().textContent).toContain('parent text');
    await expect.element(dialog.getByLabelText('Visibility')).toHaveValue('home');
    await userEvent.keyboard('thanks');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await tick();
    expect(s.fake.callsOf('notes.create')).toEqual([{ accountId: 'a1', visibility: 'home', text: '@bob thanks', replyId: 'p1' }]);
    expect(onClose).toHaveBeenCalled();
    expect(s.fake.callsOf('drafts.save')).toEqual([{ accountId: 'a1', slot: { kind: 'reply', noteId: 'p1' }, draft: null }]);
  });

  describe('reply and quote drafts', () => {
    const bob = user({ id: 'u-bob', username: 'bob', host: null });
    const p1 = note({ id: 'p1', text: 'first parent', user: bob });
    const p2 = note({ id: 'p2', text: 'second parent', user: bob });
    const open = (s: ReturnType<typeof setup>, target: Note, mode: 'reply' | 'quote' = 'reply') =>
      renderIn(s, <ComposeDialog request={{ mode, accountId: 'a1', note: target }} onClose={() => {}} />);
    const textOf = (screen: Awaited<ReturnType<typeof open>>) => screen.getByRole('dialog').getByLabelText('Note text');

    it('a reply closed half-written is back when the reply to the same note opens again; another note starts fresh; posting clears it', async () => {
      const drafts = keptDrafts();
      const s = setup({ ...drafts.handlers, 'notes.create': () => ok(note()) });
      let screen = await open(s, p1);
      await expect.element(textOf(screen)).toHaveValue('@bob ');
      await userEvent.keyboard('half a reply');
      await tick(draftSaveDelayMs + 100);
      expect(s.fake.callsOf('drafts.save')).toEqual([
        { accountId: 'a1', slot: { kind: 'reply', noteId: 'p1' }, draft: { text: '@bob half a reply', cw: null, visibility: 'public', localOnly: false, replyId: 'p1', renoteId: null, pollChoices: null, recipients: [] } },
      ]);
      await screen.unmount();

      screen = await open(s, p1);
      await expect.element(textOf(screen)).toHaveValue('@bob half a reply');
      await screen.unmount();

      screen = await open(s, p2);
      await tick(50);
      await expect.element(textOf(screen)).toHaveValue('@bob ');
      await screen.unmount();

      screen = await open(s, p1);
      await expect.element(textOf(screen)).toHaveValue('@bob half a reply');
      await screen.getByRole('button', { name: 'Post' }).click();
      await tick();
      expect(s.fake.callsOf('notes.create').at(-1)).toEqual({ accountId: 'a1', visibility: 'public', text: '@bob half a reply', replyId: 'p1' });
      expect(drafts.kept.size).toBe(0);
    });

    it('closing within the save delay still keeps the reply; an untouched reply keeps nothing', async () => {
      const drafts = keptDrafts();
      const s = setup(drafts.handlers);
      let screen = await open(s, p2);
      await tick(draftSaveDelayMs + 100);
      await screen.unmount();
      expect(s.fake.callsOf('drafts.save')).toEqual([]);

      screen = await open(s, p1);
      await userEvent.keyboard('quick');
      await screen.unmount();
      expect([...drafts.kept.values()].map((d) => d.text)).toEqual(['@bob quick']);
      await tick(draftSaveDelayMs + 100);
      expect(s.fake.callsOf('drafts.save')).toHaveLength(1);
    });

    it('a quote keeps its CW, visibility, local only and poll choices', async () => {
      const drafts = keptDrafts();
      const s = setup(drafts.handlers);
      let screen = await open(s, p1, 'quote');
      const dialog = screen.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Add CW (content warning)' }).click();
      await dialog.getByLabelText('Content warning', { exact: true }).fill('careful');
      await dialog.getByLabelText('Note text').fill('look at this');
      await dialog.getByLabelText('Visibility').selectOptions('followers');
      await dialog.getByRole('checkbox', { name: 'Local only' }).click();
      await dialog.getByRole('button', { name: 'Add poll' }).click();
      await dialog.getByLabelText('Choice 1').fill('yes');
      await dialog.getByLabelText('Choice 2').fill('no');
      await screen.unmount();
      expect(drafts.kept.get(JSON.stringify(['a1', 'quote', 'p1']))).toMatchObject({ text: 'look at this', cw: 'careful', renoteId: 'p1', replyId: null });

      screen = await open(s, p1, 'quote');
      const again = screen.getByRole('dialog');
      await expect.element(again.getByLabelText('Note text')).toHaveValue('look at this');
      await expect.element(again.getByLabelText('Content warning', { exact: true })).toHaveValue('careful');
      await expect.element(again.getByLabelText('Visibility')).toHaveValue('followers');
      await expect.element(again.getByRole('checkbox', { name: 'Local only' })).toBeChecked();
      await expect.element(again.getByLabelText('Choice 1')).toHaveValue('yes');
      await expect.element(again.getByLabelText('Choice 2')).toHaveValue('no');
      await screen.unmount();

      screen = await open(s, p1, 'reply');
      await tick(50);
      await expect.element(textOf(screen)).toHaveValue('@bob ');
    });

    it('a saved reply arriving late never replaces what is being typed', async () => {
      let answer: (value: unknown) => void = () => {};
      const s = setup({ 'drafts.get': () => new Promise((r) => (answer = r)) as never });
      const screen = await open(s, p1);
      await userEvent.keyboard('typed first');
      answer(ok({ text: '@bob saved earlier', cw: null, visibility: 'home', localOnly: false, replyId: 'p1', renoteId: null, pollChoices: null, recipients: [], savedAt: '' }));
      await tick(20);
      await expect.element(textOf(screen)).toHaveValue('@bob typed first');
      await expect.element(screen.getByRole('dialog').getByLabelText('Visibility')).toHaveValue('public');
    });
  });

  it('quote dialog sets renoteId and may post without text', async () => {
    const s = setup({ 'notes.create': () => ok(note()) });
    const screen = await renderIn(s, <ComposeDialog request={{ mode: 'quote', accountId: 'a1', note: note({ id: 'q1' }) }} onClose={() => {}} />);
    await screen.getByRole('button', { name: 'Post' }).click();
    await tick();
    expect(s.fake.callsOf('notes.create')).toEqual([{ accountId: 'a1', visibility: 'public', renoteId: 'q1' }]);
  });
});
