import { createHash, randomUUID } from 'node:crypto';
import type { entities } from 'misskey-js';
import { genId } from './ids';

export interface DriveFileRec {
  id: string;
  createdAt: string;
  userId: string;
  name: string;
  type: string;
  md5: string;
  size: number;
  isSensitive: boolean;
  comment: string | null;
  /** Path component under /files/. */
  key: string;
  bytes: Buffer;
  width: number | null;
  height: number | null;
}

/** Width/height from a PNG, GIF or JPEG header, if recognisable. */
function imageSize(b: Buffer): { width: number; height: number } | null {
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47) return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  if (b.length >= 10 && b.toString('ascii', 0, 3) === 'GIF') return { width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return null;
      const marker = b[i + 1]!;
      const len = b.readUInt16BE(i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
      }
      i += 2 + len;
    }
  }
  return null;
}

function sniffType(b: Buffer, declared: string | undefined): string {
  if (b.length >= 4 && b.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 3 && b.toString('ascii', 0, 3) === 'GIF') return 'image/gif';
  if (b.length >= 12 && b.toString('ascii', 8, 12) === 'WEBP') return 'image/webp';
  return declared && declared !== 'application/octet-stream' ? declared : 'application/octet-stream';
}

export class Drive {
  readonly files = new Map<string, DriveFileRec>();
  private readonly byKey = new Map<string, DriveFileRec>();

  constructor(private readonly baseUrl: () => string) {}

  add(userId: string, p: { name: string; bytes: Buffer; type?: string; isSensitive?: boolean; comment?: string | null }): DriveFileRec {
    const size = imageSize(p.bytes);
    const rec: DriveFileRec = {
      id: genId(),
      createdAt: new Date().toISOString(),
      userId,
      name: p.name,
      type: sniffType(p.bytes, p.type),
      md5: createHash('md5').update(p.bytes).digest('hex'),
      size: p.bytes.length,
      isSensitive: p.isSensitive ?? false,
      comment: p.comment ?? null,
      key: randomUUID(),
      bytes: p.bytes,
      width: size?.width ?? null,
      height: size?.height ?? null,
    };
    this.files.set(rec.id, rec);
    this.byKey.set(rec.key, rec);
    return rec;
  }

  /** Bytes for `/files/<key>` or `/files/thumbnail-<key>`. */
  served(path: string): DriveFileRec | undefined {
    return this.byKey.get(path.startsWith('thumbnail-') ? path.slice('thumbnail-'.length) : path);
  }

  usage(userId: string): number {
    let n = 0;
    for (const f of this.files.values()) if (f.userId === userId) n += f.size;
    return n;
  }

  /**
   * DriveFile as recorded: `drive/files/create` and `driveFileCreated` carry `userId: null, user: null`;
   * files inside notes and `drive/files` carry the userId with `user: null`; `drive/files/show` adds the user.
   */
  pack(f: DriveFileRec, owner: 'none' | 'id' | entities.UserLite = 'id'): entities.DriveFile {
    const url = `${this.baseUrl()}/files/${f.key}`;
    return {
      id: f.id,
      createdAt: f.createdAt,
      name: f.name,
      type: f.type,
      md5: f.md5,
      size: f.size,
      isSensitive: f.isSensitive,
      blurhash: null,
      properties: f.width !== null && f.height !== null ? { width: f.width, height: f.height } : {},
      url,
      thumbnailUrl: f.type.startsWith('image/') ? `${this.baseUrl()}/files/thumbnail-${f.key}` : null,
      comment: f.comment,
      folderId: null,
      folder: null,
      userId: owner === 'none' ? null : f.userId,
      user: typeof owner === 'object' ? owner : null,
    };
  }
}
