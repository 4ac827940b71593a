import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileBlobStore } from './fileBlobStore';

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'missdeck-blobs-')), 'cache');

describe('createFileBlobStore', () => {
  it('writes, reads, lists and removes whole documents, files private to the user', async () => {
    const dir = freshDir();
    const blobs = createFileBlobStore(dir);
    expect(blobs.read('column-a')).toBeUndefined();
    await blobs.write('column-a', 'first');
    await blobs.write('column-b', 'second');
    expect(blobs.read('column-a')).toBe('first');
    expect(blobs.list().sort()).toEqual(['column-a', 'column-b']);
    expect(statSync(join(dir, 'column-a')).mode & 0o077).toBe(0);
    await blobs.remove('column-a');
    expect(blobs.list()).toEqual(['column-b']);
  });

  it('lands writes of one name in the order they were made, leaving no temporary file', async () => {
    const dir = freshDir();
    const blobs = createFileBlobStore(dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => blobs.write('column-x', `version ${i} ${'x'.repeat(i * 10_000)}`)));
    expect(blobs.read('column-x')!.startsWith('version 19 ')).toBe(true);
    expect(readdirSync(dir)).toEqual(['column-x']);
  });

  it('refuses names that could leave its folder', () => {
    const blobs = createFileBlobStore(freshDir());
    expect(() => blobs.read('../missdeck.json')).toThrow();
    expect(() => blobs.read('')).toThrow();
  });
});
