import { deflateSync } from 'node:zlib';

// Tiny solid-colour PNGs generated at startup, so the stand-in serves real images with no assets.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

export function solidPng(size: number, rgb: [number, number, number]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const COLORS: Record<string, [number, number, number]> = {
  'avatar-alice.png': [0xe0, 0x6c, 0x9f],
  'avatar-bob.png': [0x4a, 0x90, 0xd9],
  'avatar-admin.png': [0x86, 0xb3, 0x00],
  'icon.png': [0x86, 0xb3, 0x00],
};

const cache = new Map<string, Buffer>();

/** A stable colour per name (custom emoji images). */
function colorOf(name: string): [number, number, number] {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return [h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff];
}

/** PNG bytes for /files/<name>, or undefined if there is no such file. */
export function fileBytes(name: string): Buffer | undefined {
  const color =
    COLORS[name] ??
    (/^avatar-[a-z0-9_]+\.png$/.test(name) ? ([0x99, 0x99, 0x99] as [number, number, number]) : undefined) ??
    (/^emoji-[a-z0-9_]+\.png$/.test(name) ? colorOf(name) : undefined);
  if (!color) return undefined;
  let png = cache.get(name);
  if (!png) {
    png = solidPng(48, color);
    cache.set(name, png);
  }
  return png;
}
