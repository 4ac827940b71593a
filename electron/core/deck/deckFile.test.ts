import { describe, expect, it } from 'vitest';
import { deckFileFormat, deckFileMaxChars, readDeckFile, writeDeckFile } from './deckFile';

const good = {
  format: deckFileFormat,
  version: 1,
  name: 'Work',
  columns: [
    { account: '@alice@example.com', kind: 'home', params: { withRenotes: false }, width: 340, collapsed: false },
    { account: '@alice@example.com', kind: 'local', params: {}, width: 300, collapsed: false, stacked: true, stackShare: 1.5, notify: true },
    { account: '*', kind: 'allNotifications', params: {}, width: 340, collapsed: true },
  ],
};
const text = (value: unknown) => JSON.stringify(value);
const reasonOf = (input: string) => {
  const result = readDeckFile(input);
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
};

describe('reading a deck file', () => {
  it('reads a valid file', () => {
    const result = readDeckFile(text(good));
    expect(result.ok && result.file.columns.map((c) => c.kind)).toEqual(['home', 'local', 'allNotifications']);
  });

  it('writes what it reads back', () => {
    const columns = [{ id: 'c1', accountId: 'a1', kind: 'home' as const, params: {}, width: 340, collapsed: false, stacked: true, sound: true }];
    const file = writeDeckFile('Mine', columns, () => '@bob@misskey.example', new Date(0));
    const back = readDeckFile(text(file));
    expect(back.ok && back.file).toEqual(file);
    expect(file.columns[0]).toEqual({ account: '@bob@misskey.example', kind: 'home', params: {}, width: 340, collapsed: false, stacked: true, sound: true });
  });

  it('refuses what is not JSON', () => {
    expect(reasonOf('{"format": "missdeck.deck",').messageKey).toBe('deckFileNotJson');
    expect(reasonOf('').messageKey).toBe('deckFileNotJson');
  });

  it('refuses JSON that is not a deck', () => {
    expect(reasonOf('[1,2,3]').messageKey).toBe('deckFileNotADeck');
    expect(reasonOf('null').messageKey).toBe('deckFileNotADeck');
    expect(reasonOf(text({ ...good, format: 'tweetdeck' })).messageKey).toBe('deckFileNotADeck');
  });

  it('refuses another version, saying which', () => {
    const reason = reasonOf(text({ ...good, version: 2 }));
    expect(reason).toMatchObject({ messageKey: 'deckFileVersion', params: { version: '2', supported: 1 } });
  });

  it('refuses a huge file before parsing it', () => {
    const huge = text({ ...good, name: 'x'.repeat(deckFileMaxChars) });
    expect(reasonOf(huge).messageKey).toBe('deckFileTooLarge');
  });

  it('refuses prototype-pollution keys anywhere', () => {
    expect(reasonOf('{"__proto__": {"polluted": true}, "format": "missdeck.deck", "version": 1}')).toMatchObject({ messageKey: 'deckFileForbiddenKey', params: { key: '__proto__' } });
    const inParams = text(good).replace('"withRenotes":false', '"withRenotes":false,"constructor":{"prototype":{"x":1}}');
    expect(reasonOf(inParams)).toMatchObject({ messageKey: 'deckFileForbiddenKey', params: { key: 'constructor' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses bad types, unknown kinds, unknown fields and too many columns, naming where', () => {
    const withColumn = (change: Record<string, unknown>) => text({ ...good, columns: [{ ...good.columns[0], ...change }] });
    expect(reasonOf(withColumn({ kind: 'timeMachine' }))).toMatchObject({ messageKey: 'deckFileInvalid', params: { where: 'columns.0.kind' } });
    expect(reasonOf(withColumn({ width: '340' }))).toMatchObject({ params: { where: 'columns.0.width' } });
    expect(reasonOf(withColumn({ width: 1e9 }))).toMatchObject({ params: { where: 'columns.0.width' } });
    expect(reasonOf(withColumn({ account: 'alice' }))).toMatchObject({ params: { where: 'columns.0.account' } });
    expect(reasonOf(withColumn({ params: { tag: { nested: 1 } } }))).toMatchObject({ params: { where: 'columns.0.params.tag' } });
    expect(reasonOf(withColumn({ params: { 'bad key': 'x' } })).messageKey).toBe('deckFileInvalid');
    expect(reasonOf(withColumn({ script: 'alert(1)' })).messageKey).toBe('deckFileInvalid');
    expect(reasonOf(text({ ...good, columns: Array.from({ length: 101 }, () => good.columns[0]) }))).toMatchObject({ params: { where: 'columns' } });
    expect(reasonOf(text({ ...good, name: 7 }))).toMatchObject({ params: { where: 'name' } });
  });
});
