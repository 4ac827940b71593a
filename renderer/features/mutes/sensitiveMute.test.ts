import { describe, expect, it } from 'vitest';
import { file, note } from '../notes/testing/fixtures';
import { isSensitiveMuted } from './sensitiveMute';

describe('sensitive mute (a column without sensitive notes)', () => {
  it('folds a note with any sensitive file, not one whose files are all safe or that has none', () => {
    expect(isSensitiveMuted(note({ files: [file(), file({ isSensitive: true })] }))).toBe(true);
    expect(isSensitiveMuted(note({ files: [file(), file()] }))).toBe(false);
    expect(isSensitiveMuted(note({ text: 'no files' }))).toBe(false);
  });

  it("reads a pure renote's target, as the web client reads the note it shows", () => {
    const target = note({ id: 'target', files: [file({ isSensitive: true })] });
    expect(isSensitiveMuted(note({ id: 'rn', text: null, renoteId: 'target', renote: target, files: [], fileIds: [] }))).toBe(true);
    // A quote shows its own files; the quoted note's sensitive file stays behind its own blur.
    expect(isSensitiveMuted(note({ id: 'quote', text: 'look', renoteId: 'target', renote: target, files: [] }))).toBe(false);
  });

  it('survives malformed files from a server', () => {
    expect(isSensitiveMuted(note({ files: [null, 'x', { isSensitive: 'yes' }] as never }))).toBe(false);
    expect(isSensitiveMuted(note({ files: 'nope' as never }))).toBe(false);
  });
});
