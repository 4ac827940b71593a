import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogSinks, createRotatingLogFile, formatLogLine, rotationSteps } from './logFile';
import { redactText, redactValue } from './redact';

describe('redaction', () => {
  it('removes i= query parameters, keeping the rest of the URL', () => {
    expect(redactText('GET https://m.example/api/notes?i=abc123&limit=10')).toBe('GET https://m.example/api/notes?i=[redacted]&limit=10');
    expect(redactText('wss://m.example/streaming?i=tok_en.-~')).toBe('wss://m.example/streaming?i=[redacted]');
    expect(redactText('https://m.example/?limit=1&i=abc#x')).toBe('https://m.example/?limit=1&i=[redacted]#x');
    expect(redactText('/miauth/check?session=1234&token=zzz')).toBe('/miauth/check?session=[redacted]&token=[redacted]');
  });

  it('removes "i" and "token" fields in JSON text, not fields that merely end in i', () => {
    expect(redactText('{"i":"abc","limit":10}')).toBe('{"i":"[redacted]","limit":10}');
    expect(redactText('body {"token": "t-1\\"x", "ok": true}')).toBe('body {"token": "[redacted]", "ok": true}');
    expect(redactText("{ accessToken: 'xyz' }")).toBe("{ accessToken: '[redacted]' }");
    expect(redactText('{"api":"v1","multi":"yes"}')).toBe('{"api":"v1","multi":"yes"}');
  });

  it('removes Bearer credentials', () => {
    expect(redactText('Authorization: Bearer abc.def-ghi')).toBe('Authorization: Bearer [redacted]');
    expect(redactText('headers: {"authorization":"bearer XYZ"}')).toBe('headers: {"authorization":"bearer [redacted]"}');
  });

  it('blanks secret-named fields in objects, deeply, and scrubs every string', () => {
    const error = new Error('401 for https://m.example/api/i?i=leak');
    const value = {
      token: 'plain',
      nested: { i: 'also', Authorization: 'Bearer x', list: [{ accessToken: 'y' }, 'see ?i=z'] },
      count: 3,
      empty: '',
      error,
    };
    const result = redactValue(value) as Record<string, unknown>;
    expect(result).toMatchObject({
      token: '[redacted]',
      nested: { i: '[redacted]', Authorization: '[redacted]', list: [{ accessToken: '[redacted]' }, 'see ?i=[redacted]'] },
      count: 3,
      empty: '',
      error: { name: 'Error', message: '401 for https://m.example/api/i?i=[redacted]' },
    });
    expect(JSON.stringify(result)).not.toMatch(/plain|also|leak|"y"/);
  });

  it('survives cycles, deep nesting and odd values', () => {
    const cyclic: Record<string, unknown> = { name: 'a' };
    cyclic.self = cyclic;
    const shared = { n: 1 };
    expect(redactValue({ cyclic, a: shared, b: shared, big: 10n, fn: () => 1 })).toEqual({
      cyclic: { name: 'a', self: '<circular>' },
      a: { n: 1 },
      b: { n: 1 },
      big: '10',
      fn: '<function>',
    });
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let level = 0; level < 20; level += 1) deep = deep.next = {};
    expect(JSON.stringify(redactValue(root))).toContain('<too deep>');
  });
});

describe('formatLogLine', () => {
  it('is one JSON line with time, level, scope, message and redacted details', () => {
    const line = formatLogLine({
      time: Date.UTC(2026, 4, 1),
      level: 'warn',
      scope: 'core',
      message: 'retrying ?i=abc',
      details: { token: 'secret', status: 500 },
    });
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trim()).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      time: '2026-05-01T00:00:00.000Z',
      level: 'warn',
      scope: 'core',
      message: 'retrying ?i=[redacted]',
      details: { token: '[redacted]', status: 500 },
    });
  });
});

describe('rotation', () => {
  it('shifts generations oldest first, dropping the oldest', () => {
    expect(rotationSteps('/l/missdeck.log', 3)).toEqual([
      { from: '/l/missdeck.log.2', to: '/l/missdeck.log.3' },
      { from: '/l/missdeck.log.1', to: '/l/missdeck.log.2' },
      { from: '/l/missdeck.log', to: '/l/missdeck.log.1' },
    ]);
  });

  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'missdeck-log-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('rotates at the size limit and keeps three old files', () => {
    const file = path.join(dir, 'sub', 'missdeck.log');
    const log = createRotatingLogFile({ file, maxBytes: 100, keep: 3 });
    const line = (n: number) => `${String(n).padStart(49, '0')}\n`; // 50 bytes
    for (let n = 1; n <= 12; n += 1) log.write(line(n));
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['missdeck.log', 'missdeck.log.1', 'missdeck.log.2', 'missdeck.log.3']);
    expect(fs.readFileSync(file, 'utf8')).toBe(line(11) + line(12));
    expect(fs.readFileSync(`${file}.1`, 'utf8')).toBe(line(9) + line(10));
    expect(fs.readFileSync(`${file}.3`, 'utf8')).toBe(line(5) + line(6));
    for (const name of fs.readdirSync(path.dirname(file))) expect(fs.statSync(path.join(path.dirname(file), name)).size).toBeLessThanOrEqual(100);
  });

  it('continues an existing file after a restart, counting its size', () => {
    const file = path.join(dir, 'missdeck.log');
    fs.writeFileSync(file, 'x'.repeat(90));
    createRotatingLogFile({ file, maxBytes: 100 }).write('y'.repeat(20));
    expect(fs.readFileSync(`${file}.1`, 'utf8')).toBe('x'.repeat(90));
    expect(fs.readFileSync(file, 'utf8')).toBe('y'.repeat(20));
  });

  it('never throws when the disk fails, and reports the failure once', () => {
    const onError = vi.fn();
    const failing = {
      mkdirSync: () => undefined,
      statSync: () => ({ size: 0 }),
      appendFileSync: () => {
        throw new Error('ENOSPC');
      },
      renameSync: () => {},
      rmSync: () => {},
    };
    const log = createRotatingLogFile({ file: '/x/missdeck.log', fs: failing, onError });
    expect(() => {
      log.write('a\n');
      log.write('b\n');
    }).not.toThrow();
    expect(onError).toHaveBeenCalledTimes(1);
  });
});

describe('createLogSinks', () => {
  const fakeConsole = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });

  it('writes every scope to the file and, in development, to the console, redacted', () => {
    const lines: string[] = [];
    const sink = fakeConsole();
    const logs = createLogSinks({ console: sink, alwaysToConsole: true, now: () => 0 });
    logs.attachFile({ path: '/l/missdeck.log', write: (line) => lines.push(line) });
    logs.logger('main').info('hello');
    logs.logger('core').error('failed', { url: 'https://x.example/?i=abc' });
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
      { time: '1970-01-01T00:00:00.000Z', level: 'info', scope: 'main', message: 'hello' },
      { time: '1970-01-01T00:00:00.000Z', level: 'error', scope: 'core', message: 'failed', details: { url: 'https://x.example/?i=[redacted]' } },
    ]);
    expect(sink.error).toHaveBeenCalledWith('[core] failed', { url: 'https://x.example/?i=[redacted]' });
    expect(logs.filePath).toBe('/l/missdeck.log');
  });

  it('in production, uses the console only until a file is attached', () => {
    const sink = fakeConsole();
    const logs = createLogSinks({ console: sink, alwaysToConsole: false });
    expect(logs.filePath).toBeNull();
    logs.logger('main').warn('early');
    logs.attachFile({ path: '/l/missdeck.log', write: () => {} });
    logs.logger('main').warn('later');
    expect(sink.warn.mock.calls).toEqual([['[main] early']]);
  });
});
