import { describe, expect, it } from 'vitest';
import { customEmojiUrl, parseReaction, reactionEmojiUrl, serverReactionKey } from './customEmoji';
import { splitRuby } from './ruby';
import { formatUnixtime, parseUnixtime } from './unixtime';
import { displayUrl } from './urlDisplay';

describe('displayUrl', () => {
  it('keeps http(s) only', () => {
    expect(displayUrl('https://misskey-hub.net/docs/')).toEqual({ href: 'https://misskey-hub.net/docs/', short: 'misskey-hub.net/docs/' });
    expect(displayUrl('http://example.com')?.short).toBe('example.com');
    for (const u of ['javascript:alert(1)', 'data:text/html,<script>', 'file:///etc/passwd', 'vbscript:x', 'JaVaScRiPt:alert(1)', 'not a url', '']) {
      expect(displayUrl(u)).toBeNull();
    }
  });
  it('shortens long URLs and decodes for display', () => {
    const d = displayUrl(`https://example.com/${'a'.repeat(100)}?q=1`)!;
    expect(Array.from(d.short)).toHaveLength(48);
    expect(d.short.endsWith('…')).toBe(true);
    expect(displayUrl('https://example.com/%E6%97%A5%E6%9C%AC')?.short).toBe('example.com/日本');
    expect(displayUrl('https://example.com/%E0%A4%A')?.short).toBe('example.com/%E0%A4%A');
  });
});

describe('custom emoji', () => {
  const note = { ok: 'https://remote.example/ok.png', bad: 'javascript:alert(1)' };
  const server = { missdeck_ok: 'http://127.0.0.1:61812/files/x', ok: 'https://local/ok.png' };
  it('prefers the note map, then our server list for local authors', () => {
    expect(customEmojiUrl('ok', note, null, server)).toBe('https://remote.example/ok.png');
    expect(customEmojiUrl('missdeck_ok', {}, null, server)).toBe('http://127.0.0.1:61812/files/x');
    expect(customEmojiUrl('missdeck_ok', {}, 'remote.example', server)).toBeNull();
    expect(customEmojiUrl('nope', note, null, server)).toBeNull();
  });
  it('refuses non-http(s) URLs and prototype keys', () => {
    expect(customEmojiUrl('bad', note, null, server)).toBeNull();
    expect(customEmojiUrl('__proto__', {}, null, {})).toBeNull();
    expect(customEmojiUrl('constructor', {}, null, {})).toBeNull();
  });
  it('parses reaction forms', () => {
    expect(parseReaction('❤')).toEqual({ kind: 'unicode', text: '❤' });
    expect(parseReaction(':ok:')).toEqual({ kind: 'custom', name: 'ok', host: null });
    expect(parseReaction(':ok@.:')).toEqual({ kind: 'custom', name: 'ok', host: null });
    expect(parseReaction(':ok@remote.example:')).toEqual({ kind: 'custom', name: 'ok', host: 'remote.example' });
    expect(parseReaction(':<img>:')).toEqual({ kind: 'unicode', text: ':<img>:' });
  });
  it('names a reaction as the server keeps it', () => {
    expect(serverReactionKey(':ok:')).toBe(':ok@.:');
    expect(serverReactionKey(':ok@.:')).toBe(':ok@.:');
    expect(serverReactionKey(':ok@remote.example:')).toBe(':ok@remote.example:');
    expect(serverReactionKey('👍')).toBe('👍');
  });
  it('finds reaction images', () => {
    const reactionEmojis = { 'ok@remote.example': 'https://remote.example/ok.png' };
    expect(reactionEmojiUrl({ kind: 'custom', name: 'ok', host: 'remote.example' }, reactionEmojis, server)).toBe('https://remote.example/ok.png');
    expect(reactionEmojiUrl({ kind: 'custom', name: 'missdeck_ok', host: null }, {}, server)).toBe('http://127.0.0.1:61812/files/x');
    expect(reactionEmojiUrl({ kind: 'custom', name: 'ok', host: 'other.example' }, reactionEmojis, server)).toBeNull();
  });
});

describe('ruby', () => {
  it('splits base and reading', () => {
    expect(splitRuby([{ type: 'text', props: { text: '漢字 かんじ' } }])).toEqual({
      base: [{ type: 'text', props: { text: '漢字' } }],
      reading: 'かんじ',
    });
    expect(splitRuby([{ type: 'text', props: { text: '漢字' } }])).toBeNull();
    const bold = { type: 'bold' as const, children: [{ type: 'text' as const, props: { text: 'b' } }] };
    expect(splitRuby([bold, { type: 'text', props: { text: ' よみ' } }])).toEqual({ base: [bold], reading: 'よみ' });
  });
});

describe('unixtime', () => {
  it('reads seconds and rejects the rest', () => {
    expect(parseUnixtime('1767225600')?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    for (const v of ['abc', '1e10', '', '99999999999999999', '12:00']) expect(parseUnixtime(v)).toBeNull();
    expect(formatUnixtime(new Date(0), 'en-GB')).toMatch(/1970/);
  });
});
