import { describe, expect, it, vi } from 'vitest';
import { isSafeExternalUrl, normaliseExternalUrl } from '../../shared/links/externalUrl';
import { decideWindowOpen, installNavigationGuards } from './navigation';
import { createShellOpener } from './shellOpener';
import { fakeLogger } from './testLogger';

const unsafe = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox',
  'missdeck://auth?session=x',
  'smb://server/share',
  'ms-msdt:/id',
  'mailto:a@example.com',
  'chrome://settings',
  'https://trusted.example@evil.example/',
  'http://',
  'not a url',
  '',
];

describe('isSafeExternalUrl', () => {
  it.each(['https://misskey.io/notes/9abc', 'http://example.com', 'https://example.com:8443/a?b=c#d'])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each(unsafe)('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
  it('refuses non-strings and oversized URLs', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl({ href: 'https://x' })).toBe(false);
    expect(isSafeExternalUrl(`https://example.com/${'a'.repeat(5000)}`)).toBe(false);
  });
  it('normalises what it hands over', () => {
    expect(normaliseExternalUrl('  HTTPS://Example.COM/a b  ')).toBe('https://example.com/a%20b');
  });
});

describe('decideWindowOpen', () => {
  it('always denies a new window; http(s) goes to the browser', () => {
    expect(decideWindowOpen('https://misskey.io/@a')).toEqual({ action: 'deny', openExternally: 'https://misskey.io/@a' });
    expect(decideWindowOpen('http://example.com/')).toEqual({ action: 'deny', openExternally: 'http://example.com/' });
  });
  it.each(unsafe)('opens nothing for %s', (url) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null });
  });
});

type Listener = (event: { url?: string; preventDefault: () => void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    }),
    setWindowOpenHandler: vi.fn((handler: typeof openHandler) => {
      openHandler = handler;
    }),
  };
  const fire = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('installNavigationGuards', () => {
  const isAppPageUrl = (url: string) => url.startsWith('file:///app/dist/renderer/index.html');

  it('lets the app page load and blocks every other navigation and redirect', () => {
    const { contents, fire } = fakeContents();
    const openExternal = vi.fn(async () => {});
    installNavigationGuards(contents as never, { isAppPageUrl, openExternal, logger: fakeLogger() });
    expect(fire('will-navigate', 'file:///app/dist/renderer/index.html#/x')).toBe(false);
    for (const url of ['https://misskey.io/', 'http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'missdeck://auth']) {
      expect(fire('will-navigate', url)).toBe(true);
      expect(fire('will-redirect', url)).toBe(true);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses webviews', () => {
    const { contents, fire } = fakeContents();
    installNavigationGuards(contents as never, { isAppPageUrl, openExternal: vi.fn(), logger: fakeLogger() });
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('denies every window.open, sending only http(s) to the browser', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn(async () => {});
    installNavigationGuards(contents as never, { isAppPageUrl, openExternal, logger: fakeLogger() });
    expect(open('https://misskey.io/notes/1')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://misskey.io/notes/1');
    openExternal.mockClear();
    for (const url of unsafe) expect(open(url)).toEqual({ action: 'deny' });
    expect(open('file:///app/dist/renderer/index.html')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('logs a failing browser launch instead of throwing', async () => {
    const { contents, open } = fakeContents();
    const logger = fakeLogger();
    installNavigationGuards(contents as never, { isAppPageUrl, openExternal: () => Promise.reject(new Error('no browser')), logger });
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(logger.error).toHaveBeenCalled());
  });
});

describe('createShellOpener', () => {
  it('opens http(s) through shell.openExternal, normalised', async () => {
    const shell = { openExternal: vi.fn(async () => {}) };
    await createShellOpener(shell, fakeLogger()).open('https://misskey.io/miauth/abc?name=MissDeck');
    expect(shell.openExternal).toHaveBeenCalledWith('https://misskey.io/miauth/abc?name=MissDeck');
  });
  it.each(unsafe)('refuses %s without calling the shell', async (url) => {
    const shell = { openExternal: vi.fn(async () => {}) };
    await expect(createShellOpener(shell, fakeLogger()).open(url)).rejects.toThrow();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
