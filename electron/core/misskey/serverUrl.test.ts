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
    ['', /Enter the address/],
    ['mis skey.io', /spaces/],
    ['http://misskey.io', /Plain http/],
    ['ftp://misskey.io', /https/],
    ['javascript:alert(1)', /not a server address|https/],
    ['https://user:pw@misskey.io', /user name or password/],
    ['notahost', /not a server address/],
    ['https://', /not a server address/],
  ])('rejects %j with a clear message', (input, message) => {
    const result = normaliseServerUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
