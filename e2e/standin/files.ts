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

/** An RGB PNG of `width`×`height` whose pixel at (x, y) is `pixel(x, y)`. */
function png(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0, at = 0; y < height; y++) {
    raw[at++] = 0;
    for (let x = 0; x < width; x++) for (const channel of pixel(x, y)) raw[at++] = channel;
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const solidPng = (size: number, rgb: [number, number, number]): Buffer => png(size, size, () => rgb);

/** A picture with some detail (a diagonal gradient, different per `seed`), so decoding it is real work. */
export const gradientPng = (width: number, height: number, seed: number): Buffer =>
  png(width, height, (x, y) => [(x + seed * 37) & 0xff, (y * 2 + seed * 11) & 0xff, ((x + y) >> 1) & 0xff]);

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
    (/^avatar-[a-z0-9_]+\.png$/.test(name) ? colorOf(name) : undefined) ??
    (/^emoji-[a-z0-9_]+\.png$/.test(name) ? colorOf(name) : undefined);
  if (!color) return undefined;
  let bytes = cache.get(name);
  if (!bytes) {
    // Avatars as real ones are: a picture of their own per user, at the size Misskey's proxy serves.
    bytes = name.startsWith('avatar-') ? gradientPng(96, 96, color[0] + color[1]) : solidPng(48, color);
    cache.set(name, bytes);
  }
  return bytes;
}
