import { describe, expect, it } from 'vitest';
import { coreMessage, englishText } from './coreMessage';
import { coreMessagesEn } from './coreMessagesEn';
import { coreMessageKeys, isCoreMessageKey } from './coreText';

describe('core messages', () => {
  it('carry the key, the params and the English sentence', () => {
    expect(coreMessage('needsSignIn', { acct: '@alice@misskey.io' })).toEqual({
      message: '@alice@misskey.io needs to sign in again.',
      messageKey: 'needsSignIn',
      params: { acct: '@alice@misskey.io' },
    });
    expect(coreMessage('accountGone')).toEqual({ message: 'That account is no longer signed in.', messageKey: 'accountGone' });
  });

  it('choose the English plural form by count', () => {
    expect(coreMessage('accountsDropped', { count: 1 }).message).toBe('1 saved account could not be read and was left out; sign in to it again.');
    expect(coreMessage('accountsDropped', { count: 3 }).message).toBe('3 saved accounts could not be read and were left out; sign in to them again.');
  });

  it('say a wait as relative time', () => {
    expect(englishText('rateLimitedFor', { host: 'misskey.io', seconds: 30 })).toBe('misskey.io is rate limiting requests; try again in 30 seconds.');
    expect(englishText('rateLimitedFor', { host: 'misskey.io', seconds: 1 })).toBe('misskey.io is rate limiting requests; try again in 1 second.');
  });

  it('fill a param in once, never reading what it holds as a template', () => {
    expect(englishText('misskeyError', { host: 'misskey.io', serverMessage: '{{host}} <b>$t(app.name)</b>' })).toBe('misskey.io: {{host}} <b>$t(app.name)</b>');
  });

  it('list each key once, plural forms folded into one', () => {
    expect(coreMessageKeys).toContain('accountsDropped');
    expect(coreMessageKeys).not.toContain('accountsDropped_one');
    expect(new Set(coreMessageKeys).size).toBe(coreMessageKeys.length);
    expect(coreMessageKeys.length).toBeLessThan(Object.keys(coreMessagesEn).length);
    expect(isCoreMessageKey('accountGone')).toBe(true);
    expect(isCoreMessageKey('noSuchKey')).toBe(false);
    expect(isCoreMessageKey('toString')).toBe(false);
    expect(isCoreMessageKey(undefined)).toBe(false);
  });
});
