import { describe, expect, it } from 'vitest';
import { normaliseServerUrl } from './serverUrl';

describe('normaliseServerUrl', () => {
  it.each([
    ['misskey.io', 'https://misskey.io'],
    ['  misskey.io  ', 'https://misskey.io'],
    ['https://misskey.io/', 'https://misskey.io'],
    ['Misskey.IO', 'https://misskey.io'],
    ['HTTPS://MISSKEY.IO', 'https://misskey.io'],
    ['https://misskey.io/@alice', 'https://misskey.io'],
    ['misskey.example:8443', 'https://misskey.example:8443'],
    ['Bücher.example', 'https://xn--bcher-kva.example'],
    ['http://127.0.0.1:3000', 'http://127.0.0.1:3000'],
    ['http://localhost:3000/', 'http://localhost:3000'],
  ])('%s → %s', (input, origin) => {
    expect(normaliseServerUrl(input)).toMatchObject({ ok: true, origin });
  });

  it.each([
    ['', /Enter the address/, 'serverAddressEmpty'],
    ['mis skey.io', /spaces/, 'serverAddressSpaces'],
    ['http://misskey.io', /Plain http/, 'serverAddressPlainHttp'],
    ['ftp://misskey.io', /https/, 'serverAddressScheme'],
    ['javascript:alert(1)', /not a server address/, 'serverAddressInvalid'],
    ['https://user:pw@misskey.io', /user name or password/, 'serverAddressCredentials'],
    ['notahost', /not a server address/, 'serverAddressInvalid'],
    ['https://', /not a server address/, 'serverAddressInvalid'],
  ])('rejects %j with a clear message', (input, message, messageKey) => {
    const result = normaliseServerUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ message: expect.stringMatching(message), messageKey });
  });
});
