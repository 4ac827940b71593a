import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSafeStorageCipher, type SafeStorageLike } from './safeStorageCipher';
import { fakeLogger } from './testLogger';

// electron-store imports electron; in Node it is stood in for by conf (the library it extends),
// given the same options, so the adapter's file handling runs against the real store code.
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  class ElectronStoreStandIn extends Conf<Record<string, unknown>> {
    constructor({ name, ...options }: { name: string; cwd: string } & Record<string, unknown>) {
      super({ ...options, configName: name });
    }
  }
  return { default: ElectronStoreStandIn };
});

const { corruptBackupPath, createElectronStore, openRecoveringStore } = await import('./electronStoreAdapter');

function fakeSafeStorage(backend: ReturnType<SafeStorageLike['getSelectedStorageBackend']>, available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    // A reversible stand-in for the OS: not encryption, just not the plain text.
    encryptString: (plain) => Buffer.from(`enc:${plain}`, 'utf8').map((byte) => byte ^ 0x5a) as Buffer,
    decryptString: (data) => {
      const text = Buffer.from(data.map((byte) => byte ^ 0x5a)).toString('utf8');
      if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text.slice(4);
    },
  };
}

describe('createSafeStorageCipher', () => {
  it('round-trips through safeStorage as base64', () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage('gnome_libsecret'), 'linux');
    const sealed = cipher.encrypt('token-ÄÖ-🔑');
    expect(sealed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(sealed).not.toContain('token');
    expect(cipher.decrypt(sealed)).toBe('token-ÄÖ-🔑');
  });

  it('names the Linux backend and counts basic_text (and unknown) as weak', () => {
    expect(createSafeStorageCipher(fakeSafeStorage('gnome_libsecret'), 'linux')).toMatchObject({
      description: 'safeStorage:gnome_libsecret',
      isStrong: true,
    });
    expect(createSafeStorageCipher(fakeSafeStorage('kwallet6'), 'linux').isStrong).toBe(true);
    expect(createSafeStorageCipher(fakeSafeStorage('basic_text'), 'linux')).toMatchObject({
      description: 'safeStorage:basic_text',
      isStrong: false,
    });
    expect(createSafeStorageCipher(fakeSafeStorage('unknown'), 'linux').isStrong).toBe(false);
  });

  it('describes macOS and Windows by their OS store', () => {
    expect(createSafeStorageCipher(fakeSafeStorage('unknown'), 'darwin')).toMatchObject({ description: 'safeStorage:keychain', isStrong: true });
    expect(createSafeStorageCipher(fakeSafeStorage('unknown'), 'win32')).toMatchObject({ description: 'safeStorage:dpapi', isStrong: true });
  });

  it('is weak and refuses to work when encryption is unavailable', () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage('gnome_libsecret', false), 'linux');
    expect(cipher).toMatchObject({ description: 'safeStorage:unavailable', isStrong: false });
    expect(() => cipher.encrypt('x')).toThrow();
  });

  it('throws on ciphertext it cannot read', () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage('gnome_libsecret'), 'linux');
    expect(() => cipher.decrypt('not base64!')).toThrow();
    expect(() => cipher.decrypt(Buffer.from('garbage').toString('base64'))).toThrow();
  });
});

describe('electron-store adapter', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'missdeck-store-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores plain keys (dots are not paths) in missdeck.json, private to the user', () => {
    const store = createElectronStore(dir, fakeLogger());
    store.set('deck.columns', [{ id: 'c1' }]);
    store.set('accounts', { a: 1 });
    expect(store.get('deck.columns')).toEqual([{ id: 'c1' }]);
    expect(store.get('missing')).toBeUndefined();
    store.set('accounts', undefined);
    expect(store.get('accounts')).toBeUndefined();
    store.delete('deck.columns');
    const file = path.join(dir, 'missdeck.json');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({});
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('moves a damaged file aside, starts empty, and logs', () => {
    const file = path.join(dir, 'missdeck.json');
    fs.writeFileSync(file, '{"deck": [ broken');
    const logger = fakeLogger();
    const store = createElectronStore(dir, logger);
    expect(store.get('deck')).toBeUndefined();
    store.set('deck', []);
    const backups = fs.readdirSync(dir).filter((name) => name.startsWith('missdeck.corrupt-'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^missdeck\.corrupt-\d{4}-\d\d-\d\dT[\d-]+Z\.json$/);
    expect(fs.readFileSync(path.join(dir, backups[0] ?? ''), 'utf8')).toBe('{"deck": [ broken');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ deck: [] });
    expect(store.problems).toEqual([
      expect.objectContaining({ messageKey: 'dataFileReset', params: { backup: path.join(dir, backups[0] ?? '') }, message: expect.stringMatching(/started fresh/) }),
    ]);
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });

  it('restores the last good copy when the file is damaged while running', () => {
    const file = path.join(dir, 'missdeck.json');
    const logger = fakeLogger();
    const store = createElectronStore(dir, logger);
    store.set('a', 1);
    fs.writeFileSync(file, 'not json');
    expect(store.get('a')).toBe(1);
    expect(fs.readdirSync(dir).some((name) => name.startsWith('missdeck.corrupt-'))).toBe(true);
    expect(store.problems?.[0]).toMatchObject({ messageKey: 'dataFileRestored', message: expect.stringMatching(/last good copy was used/) });
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });

  it('keeps every account when the file is damaged between runs', () => {
    const file = path.join(dir, 'missdeck.json');
    const first = createElectronStore(dir, fakeLogger());
    first.set('accounts', { version: 2, accounts: [{ id: 'a' }, { id: 'b' }] });
    first.set('deck', { version: 1, columns: [] });
    fs.writeFileSync(file, '{"accounts": {"version": 2, "acc');
    const reopened = createElectronStore(dir, fakeLogger());
    expect(reopened.get('accounts')).toEqual({ version: 2, accounts: [{ id: 'a' }, { id: 'b' }] });
    expect(reopened.problems?.[0]?.message).toMatch(/kept as .*missdeck\.corrupt-.*last good copy was used/);
  });

  it('rethrows errors that are not a damaged file', () => {
    const error = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    expect(() =>
      openRecoveringStore({
        open: () => {
          throw error;
        },
        filePath: path.join(dir, 'missdeck.json'),
        logger: fakeLogger(),
      }),
    ).toThrow('EACCES');
  });

  it('names backups beside the file', () => {
    expect(corruptBackupPath('/data/missdeck.json', Date.UTC(2026, 4, 1, 10, 0, 0))).toBe(
      path.join('/data', 'missdeck.corrupt-2026-05-01T10-00-00-000Z.json'),
    );
  });
});
