import * as mfm from 'mfm-js';
import { describe, expect, it } from 'vitest';
import { mayHaveLinks, previewLinks } from './previewLinks';

const links = (text: string, exclusions?: Parameters<typeof previewLinks>[1]) => previewLinks(mfm.parse(text), exclusions);

describe('previewLinks (Misskey’s extractUrlFromMfm and MkNote rules)', () => {
  it('takes bare URLs and links, not silent links, unique ignoring the fragment', () => {
    expect(links('see https://a.example/x#one and [docs](https://b.example/) ?[quiet](https://c.example/) https://a.example/x#two')).toEqual([
      'https://a.example/x#one',
      'https://b.example/',
    ]);
  });

  it('finds links inside MFM functions and quotes, and keeps at most three', () => {
    expect(links('$[x2 https://a.example/] **https://b.example/**\n> https://c.example/\nhttps://d.example/')).toEqual([
      'https://a.example/',
      'https://b.example/',
      'https://c.example/',
    ]);
  });

  it('leaves out the quoted note’s own URL, the server’s own notes and profiles, mentions and hashtags', () => {
    const text = 'https://misskey.test/notes/9abc https://misskey.test/@bob https://misskey.test/about https://remote.example/notes/1 @bob@remote.example #tag';
    expect(links(text, { serverOrigin: 'https://misskey.test', quoteUrls: ['https://remote.example/notes/1', null] })).toEqual(['https://misskey.test/about']);
  });

  it('only previews http(s) links', () => {
    expect(links('[x](javascript:alert(1)) [y](ftp://files.example/) https://ok.example/')).toEqual(['https://ok.example/']);
  });

  it('skips notes without "://" before parsing', () => {
    expect(mayHaveLinks('no links here')).toBe(false);
    expect(mayHaveLinks(null)).toBe(false);
    expect(mayHaveLinks('go to https://a.example')).toBe(true);
  });
});
