import { describe, expect, it, vi } from 'vitest';
import { isAppPageUrl, resolveAppPage } from './appPage';
import { buildContentSecurityPolicy, contentSecurityPolicy, contentSecurityPolicyMeta, installCsp, withCspHeader } from './csp';
import { buildWindowOptions } from './windowOptions';
import { denyAllPermissions } from './permissions';
import { fakeLogger } from './testLogger';

describe('buildWindowOptions', () => {
  const options = buildWindowOptions('/app/dist-electron/preload.cjs');
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('uses our preload and shows only once painted', () => {
    expect(prefs.preload).toBe('/app/dist-electron/preload.cjs');
    expect(options.show).toBe(false);
  });
});

const directives = (policy: string) =>
  new Map(policy.split(';').map((part) => {
    const [name = '', ...sources] = part.trim().split(/\s+/);
    return [name, sources] as const;
  }));

describe('content security policy', () => {
  it('is exactly the agreed policy', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: http: data: blob:; " +
        "media-src 'self' https: http: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('allows no remote or inline script, no remote style or connection', () => {
    const policy = directives(contentSecurityPolicy);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval/);
  });

  it('leaves frame-ancestors out of the meta-tag form only', () => {
    expect(contentSecurityPolicyMeta).not.toContain('frame-ancestors');
    expect(contentSecurityPolicyMeta).toContain("script-src 'self';");
  });

  it('relaxes only for the dev server', () => {
    const dev = directives(buildContentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' }));
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
  });

  it('replaces any CSP a response carries', () => {
    const headers = withCspHeader({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] }, 'x');
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ['x'] });
  });

  it('is installed on every response of the session', () => {
    let listener: Parameters<Parameters<typeof installCsp>[0]['webRequest']['onHeadersReceived']>[0] | undefined;
    installCsp({ webRequest: { onHeadersReceived: (l) => (listener = l) } }, contentSecurityPolicy);
    const callback = vi.fn();
    listener?.({ responseHeaders: { 'Content-Security-Policy': ["script-src 'unsafe-inline' https:"] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
});

describe('denyAllPermissions', () => {
  it('denies every request, check and device', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    denyAllPermissions(session, fakeLogger());
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0];
    for (const permission of ['media', 'notifications', 'geolocation', 'openExternal', 'clipboard-read', 'unknown']) {
      const callback = vi.fn();
      request(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.setPermissionCheckHandler.mock.calls[0]?.[0](null, permission)).toBe(false);
    }
    expect(session.setDevicePermissionHandler.mock.calls[0]?.[0]({ deviceType: 'usb' })).toBe(false);
  });
});

describe('app page', () => {
  it('is the built file unless an unpackaged run names a loopback dev server', () => {
    expect(resolveAppPage('/app', { isPackaged: false }).kind).toBe('file');
    expect(resolveAppPage('/app', { isPackaged: true, devServerUrl: 'http://localhost:5173' }).kind).toBe('file');
    expect(resolveAppPage('/app', { isPackaged: false, devServerUrl: 'https://evil.example' }).kind).toBe('file');
    expect(resolveAppPage('/app', { isPackaged: false, devServerUrl: 'not a url' }).kind).toBe('file');
    expect(resolveAppPage('/app', { isPackaged: false, devServerUrl: 'http://127.0.0.1:5173/' })).toEqual({
      kind: 'dev',
      url: 'http://127.0.0.1:5173/',
      origin: 'http://127.0.0.1:5173',
    });
  });

  it('recognises our page (with hash or query) and nothing else', () => {
    const page = resolveAppPage('/app', { isPackaged: true });
    expect(page).toMatchObject({ kind: 'file', file: '/app/dist/renderer/index.html', url: 'file:///app/dist/renderer/index.html' });
    expect(isAppPageUrl('file:///app/dist/renderer/index.html', page)).toBe(true);
    expect(isAppPageUrl('file:///app/dist/renderer/index.html#/deck', page)).toBe(true);
    expect(isAppPageUrl('file:///app/dist/renderer/other.html', page)).toBe(false);
    expect(isAppPageUrl('file:///etc/passwd', page)).toBe(false);
    expect(isAppPageUrl('file://host/app/dist/renderer/index.html', page)).toBe(false);
    expect(isAppPageUrl('https://example.com/', page)).toBe(false);
    expect(isAppPageUrl('garbage', page)).toBe(false);

    const dev = resolveAppPage('/app', { isPackaged: false, devServerUrl: 'http://localhost:5173' });
    expect(isAppPageUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppPageUrl('file:///app/dist/renderer/index.html', dev)).toBe(false);
  });
});
