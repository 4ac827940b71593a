import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../../shared/contract/bridge';
import { createLazyBridge } from '../../../shared/contract/lazyBridge';
import { commandNames } from '../../../shared/contract/commands';
import { coreMessage } from '../../../shared/messages/coreMessage';
import type { AccountsService } from '../accounts/accountsService';
import type { MiAuthFlow } from '../accounts/miAuthFlow';
import type { DeckService } from '../deck/deckService';
import type { MuteService } from '../mutes/muteService';
import type { DecksService } from '../deck/decksService';
import { NoticeBoard } from '../app/noticeBoard';
import { DraftStore } from '../drafts/draftStore';
import { SettingsStore } from '../settings/settingsStore';
import { memoryStore } from '../../../e2e/support/core/coreHarness';
import type { Platform } from '../platform';
import type { ChatWatcher } from '../chat/chatWatcher';
import { createAllHandlers } from './allHandlers';
import { CommandFailure } from './commandFailure';
import { createCommandRouter } from './commandRouter';

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const opener = { open: vi.fn(async () => undefined) };
const platform = { appVersion: '1.2.3', shell: 'host', opener, logger } as unknown as Platform;
const deck = { columns: () => [], removeColumn: vi.fn() } as unknown as DeckService;
const handlers = createAllHandlers({
  emitUploadProgress: () => undefined,
  chat: {} as ChatWatcher,
  platform,
  accounts: { views: () => [] } as unknown as AccountsService,
  deck,
  decks: {} as DecksService,
  miAuth: {} as MiAuthFlow,
  notices: new NoticeBoard(() => undefined),
  drafts: new DraftStore(memoryStore(), logger),
  settings: new SettingsStore(memoryStore(), logger),
  onSettingsChanged: () => undefined,
  liveState: () => [],
  mutes: {} as MuteService,
  appStatus: () => ({ tokenStorage: { description: 'test', isStrong: true, sessionOnly: false }, notices: [] }),
});
const dispatch = createCommandRouter(handlers, logger);

describe('the contract', () => {
  it('has a core handler for every command, and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...commandNames].sort());
    for (const name of commandNames) expect(typeof handlers[name]).toBe('function');
  });

  it('has a bridge function for every command, each calling its own command', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: null }));
    const bridge = createBridge({ invoke, listen: () => () => undefined });
    expect(Object.keys(bridge.commands).sort()).toEqual([...commandNames].sort());
    for (const name of commandNames) {
      await (bridge.commands[name] as (input: unknown) => Promise<unknown>)({ probe: name });
      expect(invoke).toHaveBeenLastCalledWith(name, { probe: name });
    }
  });

  it("the host page's lazy bridge calls every command by its own name, and is no thenable", async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: null }));
    const bridge = createLazyBridge({ invoke, listen: () => () => undefined });
    for (const name of commandNames) {
      expect(bridge.commands[name]).toBe(bridge.commands[name]);
      await (bridge.commands[name] as (input: unknown) => Promise<unknown>)({ probe: name });
      expect(invoke).toHaveBeenLastCalledWith(name, { probe: name });
    }
    await (bridge.commands['app.info'] as (input?: unknown) => Promise<unknown>)();
    expect(invoke).toHaveBeenLastCalledWith('app.info', {});
    for (const name of ['then', 'toJSON', 'constructor']) expect((bridge.commands as unknown as Record<string, unknown>)[name]).toBeUndefined();
  });

  it('delivers only the events a listener asked for', () => {
    let emit: (name: 'deck.changed' | 'accounts.changed', payload: unknown) => void = () => undefined;
    const bridge = createBridge({ invoke: vi.fn(), listen: (listener) => ((emit = listener), () => undefined) });
    const seen: unknown[] = [];
    bridge.on('deck.changed', (payload) => seen.push(payload));
    emit('accounts.changed', { accounts: [] });
    emit('deck.changed', { columns: [] });
    expect(seen).toEqual([{ columns: [] }]);
  });
});

describe('the command router', () => {
  it('answers with a value envelope', async () => {
    await expect(dispatch('app.info', {})).resolves.toEqual({ ok: true, value: { version: '1.2.3', shell: 'host' } });
  });

  it('rejects unknown commands and prototype names', async () => {
    await expect(dispatch('nope', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
    await expect(dispatch('__proto__', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
    await expect(dispatch('toString', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
  });

  it.each([
    ['accounts.signIn', { server: 42 }],
    ['accounts.signIn', { server: 'a', extra: true }],
    ['deck.addColumn', { accountId: 'a', kind: 'bogus' }],
    ['timeline.load', { columnId: 'c', limit: 1000 }],
    ['notes.create', { accountId: 'a', text: '' }],
    ['accounts.list', 'not an object'],
    ['drafts.get', { accountId: 'a', slot: { kind: 'renote', noteId: 'n' } }],
    ['drafts.get', { accountId: 'a', slot: { kind: 'reply', noteId: '' } }],
    ['drafts.save', { accountId: 'a', slot: { kind: 'quote', noteId: 'n'.repeat(65) }, draft: null }],
    ['drafts.save', { accountId: 'a', slot: { kind: 'reply', noteId: 'n', extra: 1 }, draft: null }],
    ['drafts.save', { accountId: 'a', draft: { text: 'x', cw: null, visibility: 'specified', localOnly: false, replyId: null, renoteId: null, pollChoices: null, recipients: [{ id: 'u', username: '', host: null, name: null, avatarUrl: null }] } }],
    ['drafts.save', { accountId: 'a', draft: { text: 'x', cw: null, visibility: 'specified', localOnly: false, replyId: null, renoteId: null, pollChoices: null, recipients: [{ id: 'u', username: 'bob', host: null, name: null, avatarUrl: null, token: 'x' }] } }],
    ['drafts.save', { accountId: 'a', draft: { text: 'x', cw: null, visibility: 'specified', localOnly: false, replyId: null, renoteId: null, pollChoices: null, recipients: Array.from({ length: 101 }, (_, i) => ({ id: `u${i}`, username: 'b', host: null, name: null, avatarUrl: null })) } }],
  ])('rejects invalid input for %s before any handler runs', async (name, input) => {
    await expect(dispatch(name, input)).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('opens only http(s) links', async () => {
    await expect(dispatch('app.openExternal', { url: 'javascript:alert(1)' })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await expect(dispatch('app.openExternal', { url: 'file:///etc/passwd' })).resolves.toMatchObject({ ok: false });
    expect(opener.open).not.toHaveBeenCalled();
    await expect(dispatch('app.openExternal', { url: 'https://misskey.io/notes/1' })).resolves.toEqual({ ok: true, value: null });
    expect(opener.open).toHaveBeenCalledWith('https://misskey.io/notes/1');
  });

  it('turns a CommandFailure into an error envelope and anything else into INTERNAL', async () => {
    vi.mocked(deck.removeColumn).mockImplementationOnce(() => {
      throw new CommandFailure('NOT_FOUND', coreMessage('columnGone'));
    });
    await expect(dispatch('deck.removeColumn', { columnId: 'c' })).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That column is gone.', messageKey: 'columnGone' },
    });
    vi.mocked(deck.removeColumn).mockImplementationOnce(() => {
      throw new TypeError('boom');
    });
    await expect(dispatch('deck.removeColumn', { columnId: 'c' })).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(logger.error).toHaveBeenCalled();
  });
});
