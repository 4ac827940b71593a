import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createJsonFileStore } from './jsonFileStore';

const logger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });

describe('JSON file store', () => {
  it('persists values across instances', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'missdeck-store-')), 'store.json');
    const store = createJsonFileStore(file, logger());
    store.set('deck', { version: 1, columns: [] });
    store.set('other', 3);
    store.delete('other');
    const reopened = createJsonFileStore(file, logger());
    expect(reopened.get('deck')).toEqual({ version: 1, columns: [] });
    expect(reopened.get('other')).toBeUndefined();
  });

  it.each([
    ['truncated JSON', '{"accounts": {"version": 1, "acc'],
    ['an array', '[1,2,3]'],
    ['binary junk', '\u0000\u0001garbage'],
  ])('moves %s aside, says so, and starts empty', (_label, content) => {
    const dir = mkdtempSync(join(tmpdir(), 'missdeck-store-'));
    const file = join(dir, 'store.json');
    writeFileSync(file, content);
    const log = logger();
    const store = createJsonFileStore(file, log, () => 1234);
    expect(store.get('accounts')).toBeUndefined();
    expect(readFileSync(join(dir, 'store.json.corrupt-1234'), 'utf8')).toBe(content);
    expect(log.error).toHaveBeenCalledOnce();
    store.set('deck', 1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ deck: 1 });
  });

  it('leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'missdeck-store-'));
    createJsonFileStore(join(dir, 'store.json'), logger()).set('a', 1);
    expect(readdirSync(dir)).toEqual(['store.json']);
    expect(existsSync(join(dir, 'store.json.tmp'))).toBe(false);
  });
});

describe('JSON file store recovery', () => {
  it('falls back to the last good copy when the file is damaged, and reports it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'missdeck-store-'));
    const file = join(dir, 'store.json');
    const store = createJsonFileStore(file, logger());
    store.set('accounts', { version: 2, accounts: ['first'] });
    store.set('deck', { version: 1, columns: [] });
    writeFileSync(file, '{"accounts": {"version": 2, "acc');
    const reopened = createJsonFileStore(file, logger(), () => 77);
    expect(reopened.get('accounts')).toEqual({ version: 2, accounts: ['first'] });
    expect(reopened.problems).toEqual([
      {
        message: `MissDeck's data file could not be read; it was kept as ${file}.corrupt-77 and the last good copy was used.`,
        messageKey: 'dataFileRestored',
        params: { backup: `${file}.corrupt-77` },
      },
    ]);
    expect(readFileSync(`${file}.corrupt-77`, 'utf8')).toBe('{"accounts": {"version": 2, "acc');
  });
});
