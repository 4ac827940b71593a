import { describe, expect, it } from 'vitest';
import { buildMultipart } from './multipartBody';
import { progressStream } from './progressStream';
import { formatSize } from './uploadLimit';

async function drain(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

describe('progressStream', () => {
  it('yields every part in chunks no larger than asked, and reports at most once per interval plus the end', async () => {
    let clock = 0;
    const reports: [number, number][] = [];
    const parts = [new Uint8Array(10), new Uint8Array(100), new Uint8Array(5)];
    const chunks = await drain(
      progressStream(parts, {
        chunkBytes: 8,
        minIntervalMs: 50,
        now: () => (clock += 20),
        onProgress: (loaded, total) => void reports.push([loaded, total]),
      }),
    );
    expect(chunks.every((c) => c.byteLength <= 8)).toBe(true);
    expect(chunks.reduce((n, c) => n + c.byteLength, 0)).toBe(115);
    // One pull every 20 ms: a report on the first, then every third pull (≥ 50 ms), then the end.
    expect(reports.length).toBeLessThan(chunks.length / 2);
    expect(reports[0]).toEqual([8, 115]);
    expect(reports.at(-1)).toEqual([115, 115]);
  });
});

describe('buildMultipart', () => {
  it('puts the fields before the file, which Misskey needs, and counts the bytes', () => {
    const body = buildMultipart([['i', 'tok'], ['name', 'a\r\nb']], { field: 'file', filename: 'x"\n.png', contentType: 'image/png\r\nX: y', bytes: new Uint8Array([1, 2, 3]) });
    const text = Buffer.concat(body.parts).toString('latin1');
    expect(body.total).toBe(Buffer.byteLength(text, 'latin1'));
    expect(text.indexOf('name="i"')).toBeLessThan(text.indexOf('name="file"'));
    expect(text).toContain('name="file"; filename="x%22%0A.png"\r\nContent-Type: image/pngX: y\r\n\r\n\x01\x02\x03\r\n');
    expect(text.endsWith(`--${body.contentType.split('boundary=')[1]}--\r\n`)).toBe(true);
  });
});

describe('formatSize', () => {
  it('rounds a file up and a limit down', () => {
    expect(formatSize(30 * 1024 * 1024 + 1)).toBe('30.1 MB');
    expect(formatSize(30 * 1024 * 1024, 'down')).toBe('30 MB');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(200)).toBe('200 bytes');
  });
});
