import type { IncomingMessage } from 'node:http';

export async function readRaw(req: IncomingMessage, max = 2 * 1024 * 1024): Promise<string> {
  return (await readBuffer(req, max)).toString('utf8');
}

export function readBuffer(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export type ParsedBody =
  | { kind: 'ok'; value: unknown }
  | { kind: 'empty-json' }
  | { kind: 'bad-json' };

/** What Fastify's content-type parsers would hand to Misskey. */
export function parseBody(raw: string, contentType: string | undefined): ParsedBody {
  const isJson = (contentType ?? '').toLowerCase().includes('application/json');
  if (isJson) {
    if (raw.length === 0) return { kind: 'empty-json' };
    try {
      return { kind: 'ok', value: JSON.parse(raw) };
    } catch {
      return { kind: 'bad-json' };
    }
  }
  if (raw.length === 0) return { kind: 'ok', value: {} };
  // text/plain and friends reach Misskey as a string, which fails its `type: object` check.
  return { kind: 'ok', value: raw };
}
