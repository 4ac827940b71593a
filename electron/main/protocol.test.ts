import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAuthUrlIntake, findProtocolUrl, parseAuthCallbackUrl, registerProtocolClient } from './protocol';
import { fakeLogger } from './testLogger';

describe('findProtocolUrl', () => {
  it('finds the URL a packaged app gets on Windows/Linux', () => {
    expect(findProtocolUrl(['C:\\Program Files\\MissDeck\\MissDeck.exe', 'missdeck://auth?session=abc'])).toBe(
      'missdeck://auth?session=abc',
    );
    expect(findProtocolUrl(['/opt/MissDeck/missdeck', 'missdeck://auth?session=abc'])).toBe('missdeck://auth?session=abc');
  });

  it('finds the URL among Chromium switches and in dev (electron + script)', () => {
    const argv = ['/usr/lib/electron/electron', '/work/main', '--allow-file-access-from-files', '--', 'missdeck://auth/?session=x'];
    expect(findProtocolUrl(argv)).toBe('missdeck://auth/?session=x');
    expect(findProtocolUrl(['electron.exe', '--original-process-start-time=1', 'MISSDECK://auth?session=y'])).toBe(
      'MISSDECK://auth?session=y',
    );
  });

  it('returns null when there is no URL (plain start, macOS where URLs come through open-url)', () => {
    expect(findProtocolUrl(['/Applications/MissDeck.app/Contents/MacOS/MissDeck'])).toBeNull();
    expect(findProtocolUrl(['/Applications/MissDeck.app/Contents/MacOS/MissDeck', '-psn_0_12345'])).toBeNull();
    expect(findProtocolUrl([])).toBeNull();
    expect(findProtocolUrl(['app', 'https://example.com/missdeck://auth'])).toBeNull();
  });
});

describe('parseAuthCallbackUrl', () => {
  it.each([
    'missdeck://auth?session=0b7d3c1e-1d1e-4c3a-9a3e-4f1b2c3d4e5f',
    'missdeck://auth/?session=abc',
    'missdeck://auth',
    'missdeck://AUTH?session=abc&other=kept',
  ])('accepts %s', (url) => {
    expect(parseAuthCallbackUrl(url)).not.toBeNull();
  });

  it('keeps the query', () => {
    expect(parseAuthCallbackUrl('missdeck://auth?session=abc&x=1')).toBe('missdeck://auth?session=abc&x=1');
  });

  it.each([
    ['another host', 'missdeck://evil?session=abc'],
    ['a path', 'missdeck://auth/../../etc?session=abc'],
    ['a deeper path', 'missdeck://auth/callback?session=abc'],
    ['credentials', 'missdeck://user:pw@auth?session=abc'],
    ['a port', 'missdeck://auth:8080?session=abc'],
    ['no authority', 'missdeck:auth?session=abc'],
    ['another scheme', 'https://auth?session=abc'],
    ['javascript', 'javascript:alert(1)'],
    ['file', 'file:///etc/passwd'],
    ['a look-alike scheme', 'missdeckx://auth?session=abc'],
    ['garbage', '::::'],
    ['empty', ''],
    ['too long', `missdeck://auth?session=${'a'.repeat(5000)}`],
  ])('refuses %s', (_label, url) => {
    expect(parseAuthCallbackUrl(url)).toBeNull();
  });

  it('refuses non-strings without throwing', () => {
    for (const value of [undefined, null, 42, {}, ['missdeck://auth']]) {
      expect(() => parseAuthCallbackUrl(value)).not.toThrow();
      expect(parseAuthCallbackUrl(value)).toBeNull();
    }
  });
});

describe('createAuthUrlIntake', () => {
  it('holds callbacks until the core is attached, then delivers them in order', () => {
    const intake = createAuthUrlIntake(fakeLogger());
    intake.accept('missdeck://auth?session=1', 'open-url');
    intake.accept('missdeck://auth?session=2', 'argv');
    const deliver = vi.fn();
    intake.attach(deliver);
    expect(deliver.mock.calls).toEqual([['missdeck://auth?session=1'], ['missdeck://auth?session=2']]);
    intake.accept('missdeck://auth?session=3', 'second-instance');
    expect(deliver).toHaveBeenLastCalledWith('missdeck://auth?session=3');
  });

  it('ignores and logs anything else, without leaking the query', () => {
    const logger = fakeLogger();
    const intake = createAuthUrlIntake(logger);
    const deliver = vi.fn();
    intake.attach(deliver);
    intake.accept('missdeck://evil?token=secret', 'second-instance');
    intake.accept(42, 'open-url');
    expect(deliver).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledTimes(2);
    expect(JSON.stringify(logger.warn.mock.calls)).not.toContain('secret');
  });

  it('survives a throwing handler', () => {
    const logger = fakeLogger();
    const intake = createAuthUrlIntake(logger);
    intake.attach(() => {
      throw new Error('boom');
    });
    expect(() => intake.accept('missdeck://auth?session=1', 'open-url')).not.toThrow();
    expect(logger.error).toHaveBeenCalled();
  });
});

describe('registerProtocolClient', () => {
  it('registers the plain scheme when packaged', () => {
    const app = { setAsDefaultProtocolClient: vi.fn(() => true) };
    registerProtocolClient(app, { execPath: '/opt/MissDeck/missdeck', argv: ['/opt/MissDeck/missdeck'] }, fakeLogger());
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('missdeck');
  });

  it('registers electron + the script in dev (process.defaultApp)', () => {
    const app = { setAsDefaultProtocolClient: vi.fn(() => true) };
    registerProtocolClient(app, { defaultApp: true, execPath: '/usr/bin/electron', argv: ['/usr/bin/electron', '.'] }, fakeLogger());
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('missdeck', '/usr/bin/electron', [path.resolve('.')]);
  });

  it('logs when the OS refuses', () => {
    const logger = fakeLogger();
    expect(registerProtocolClient({ setAsDefaultProtocolClient: () => false }, { execPath: 'x', argv: ['x'] }, logger)).toBe(false);
    expect(logger.warn).toHaveBeenCalled();
  });
});
