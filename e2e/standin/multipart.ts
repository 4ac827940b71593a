// A small multipart/form-data parser (what Misskey's drive/files/create receives).

export interface FilePart {
  filename: string | null;
  contentType: string | undefined;
  bytes: Buffer;
}

export interface Multipart {
  fields: Record<string, string>;
  files: Record<string, FilePart>;
}

export function boundaryOf(contentType: string | undefined): string | null {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2]!).trim() : null;
}

export function parseMultipart(body: Buffer, boundary: string): Multipart {
  const out: Multipart = { fields: {}, files: {} };
  const delim = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delim);
  while (pos !== -1) {
    let start = pos + delim.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    if (body.subarray(start, start + 2).toString() === '\r\n') start += 2;
    const next = body.indexOf(delim, start);
    if (next === -1) break;
    const part = body.subarray(start, next - 2); // drop the CRLF before the delimiter
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const content = part.subarray(headerEnd + 4);
      const disp = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
      const name = /\bname="([^"]*)"/i.exec(disp)?.[1];
      const filename = /\bfilename="([^"]*)"/i.exec(disp)?.[1];
      const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim();
      if (name !== undefined) {
        if (filename !== undefined) out.files[name] = { filename: filename || null, contentType: type, bytes: Buffer.from(content) };
        else out.fields[name] = content.toString('utf8');
      }
    }
    pos = next;
  }
  return out;
}
