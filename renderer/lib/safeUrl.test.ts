import { describe, expect, it } from 'vitest';
import { safeWebUrl } from './safeUrl';

describe('safeWebUrl', () => {
  it('keeps http(s) URLs, normalised, and refuses every other scheme or non-URL', () => {
    expect(safeWebUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(safeWebUrl('http://example.com')).toBe('http://example.com/');
    for (const bad of ['javascript:alert(1)', 'data:image/png;base64,AA', 'file:///etc/passwd', 'not a url', '', null, undefined]) {
      expect(safeWebUrl(bad)).toBeNull();
    }
  });

  it('answers a URL asked again the same, refused or not, past its memory of recent URLs too', () => {
    const urls = Array.from({ length: 2_500 }, (_, i) => (i % 2 ? `https://example.com/${i}` : `javascript:void(${i})`));
    const first = urls.map((url) => safeWebUrl(url));
    const again = urls.map((url) => safeWebUrl(url));
    expect(again).toEqual(first);
    expect(first[1]).toBe('https://example.com/1');
    expect(first[0]).toBeNull();
  });
});
