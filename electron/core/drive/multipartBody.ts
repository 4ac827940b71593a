import { randomBytes } from 'node:crypto';

export interface MultipartFile {
  field: string;
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface MultipartBody {
  contentType: string;
  /** The body in order; the file's bytes are one part, not copied. */
  parts: Uint8Array[];
  total: number;
}

const encoder = new TextEncoder();

/** As browsers encode names in a part header: quotes and line breaks escaped, the rest UTF-8. */
const headerValue = (value: string) => value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/**
 * A multipart/form-data body: the text fields first, the file last. The order matters: Misskey reads
 * the request with @fastify/multipart's `request.file()`, which only sees the fields sent before the file.
 */
export function buildMultipart(fields: readonly (readonly [string, string])[], file: MultipartFile): MultipartBody {
  const boundary = `----MissDeckFormBoundary${randomBytes(16).toString('hex')}`;
  let head = '';
  for (const [name, value] of fields) {
    head += `--${boundary}\r\nContent-Disposition: form-data; name="${headerValue(name)}"\r\n\r\n${value}\r\n`;
  }
  const type = file.contentType.replace(/[\r\n]/g, '') || 'application/octet-stream';
  head += `--${boundary}\r\nContent-Disposition: form-data; name="${headerValue(file.field)}"; filename="${headerValue(file.filename)}"\r\nContent-Type: ${type}\r\n\r\n`;
  const parts = [encoder.encode(head), file.bytes, encoder.encode(`\r\n--${boundary}--\r\n`)];
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    parts,
    total: parts.reduce((sum, part) => sum + part.byteLength, 0),
  };
}
