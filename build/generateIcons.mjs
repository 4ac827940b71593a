// Draws MissDeck's icon (a rounded green square with a white "M") and writes it as PNG files,
// using only Node's built-ins. The output is deterministic: running it again gives the same bytes,
// which electron/main/packaging.test.ts checks against the committed files.
//
//   node build/generateIcons.mjs [outDir]     (default: build/)
//
// Writes <outDir>/icon.png (512×512: macOS and the default) and <outDir>/icons/<n>x<n>.png
// (the Linux icon set; 256×256 is also the Windows icon).
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const iconSizes = [16, 32, 48, 64, 128, 256, 512];

const background = [0x86, 0xb3, 0x00]; // Misskey's green
const foreground = [0xff, 0xff, 0xff];
const margin = 0.06; // transparent border, as platform icon grids expect
const cornerRadius = 0.2;

// The "M" as one polygon in unit coordinates (y down).
const letterM = [
  [0.26, 0.72],
  [0.26, 0.28],
  [0.37, 0.28],
  [0.5, 0.49],
  [0.63, 0.28],
  [0.74, 0.28],
  [0.74, 0.72],
  [0.635, 0.72],
  [0.635, 0.45],
  [0.5, 0.655],
  [0.365, 0.45],
  [0.365, 0.72],
];

function insidePolygon(x, y, polygon) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedSquare(x, y) {
  const low = margin;
  const high = 1 - margin;
  if (x < low || x > high || y < low || y > high) return false;
  const cx = Math.min(Math.max(x, low + cornerRadius), high - cornerRadius);
  const cy = Math.min(Math.max(y, low + cornerRadius), high - cornerRadius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= cornerRadius ** 2;
}

/** RGBA pixels of the icon at `size`, anti-aliased by 4×4 supersampling. */
export function renderIcon(size) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let square = 0;
      let letter = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!insideRoundedSquare(x, y)) continue;
          square += 1;
          if (insidePolygon(x, y, letterM)) letter += 1;
        }
      }
      const offset = (py * size + px) * 4;
      if (square === 0) continue;
      const share = letter / square;
      for (let channel = 0; channel < 3; channel += 1) {
        pixels[offset + channel] = Math.round(background[channel] * (1 - share) + foreground[channel] * share);
      }
      pixels[offset + 3] = Math.round((255 * square) / (samples * samples));
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) of `pixels`. */
export function encodePng(width, height, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y += 1) {
    rows[y * (1 + width * 4)] = 0; // filter: none
    pixels.copy(rows, y * (1 + width * 4) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function writeIcons(outDir) {
  fs.mkdirSync(path.join(outDir, 'icons'), { recursive: true });
  for (const size of iconSizes) {
    const png = encodePng(size, size, renderIcon(size));
    fs.writeFileSync(path.join(outDir, 'icons', `${size}x${size}.png`), png);
    if (size === 512) fs.writeFileSync(path.join(outDir, 'icon.png'), png);
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeIcons(path.resolve(process.argv[2] ?? path.dirname(fileURLToPath(import.meta.url))));
}
