import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { appId, appName } from './appIdentity';
import { protocolScheme } from './protocol';

/**
 * electron-builder.yml and build/: checked without running electron-builder (it would download
 * Electron). The schema is electron-builder's own (app-builder-lib/scheme.json, the one it validates
 * with at build time); the rest are MissDeck's rules for what ships.
 */
const root = path.resolve(__dirname, '../..');
const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  files: string[];
  protocols: Array<{ name: string; schemes: string[] }>;
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string; mimeTypes?: string[] };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
};
const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
    // The options electron-builder compiles its schema with, minus coerceTypes (which would hide a wrong type).
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(structuredClone(config));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a broken config under the same schema (the check has teeth)', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
    expect(validate({ ...config, asar: 'yes' })).toBe(false);
  });

  it('names the app as the code does', () => {
    expect(config.appId).toBe(appId);
    expect(config.productName).toBe(appName);
  });

  it('registers the missdeck:// scheme (Linux gets MimeType x-scheme-handler/missdeck from it)', () => {
    expect(config.protocols).toEqual([{ name: 'MissDeck', schemes: [protocolScheme] }]);
    expect(protocolScheme).toBe('missdeck');
    // electron-builder adds `x-scheme-handler/<scheme>` for each protocol; a manual entry would be a duplicate.
    expect(config.linux.mimeTypes ?? []).not.toContain('x-scheme-handler/missdeck');
  });

  it('flips all six security fuses to their production values', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('packs only the built renderer, the Electron bundles and package.json, into an asar', () => {
    expect(config.asar).toBe(true);
    const includes = config.files.filter((pattern) => !pattern.startsWith('!'));
    const excludes = config.files.filter((pattern) => pattern.startsWith('!'));
    expect(includes).toEqual(['dist/renderer/**', 'dist-electron/**', 'package.json']);
    expect(excludes).toEqual(expect.arrayContaining(['!**/*.map', '!node_modules/**']));
    // electron-builder's rule: patterns apply in order, a `!` pattern takes a file back out.
    const packs = (file: string) =>
      config.files.reduce((packed, pattern) => {
        const negated = pattern.startsWith('!');
        return path.posix.matchesGlob(file, negated ? pattern.slice(1) : pattern) ? !negated : packed;
      }, false);
    for (const file of ['dist/renderer/index.html', 'dist/renderer/assets/index-abc.js', 'dist-electron/main.cjs', 'dist-electron/preload.cjs', 'package.json']) {
      expect(packs(file), file).toBe(true);
    }
    for (const file of [
      'dist/renderer/assets/index-abc.js.map',
      'dist-electron/main.cjs.map',
      'electron/main/main.ts',
      'electron/main/main.test.ts',
      'renderer/main.tsx',
      'shared/contract/events.ts',
      'e2e/specs/accounts.spec.ts',
      'bench/run.ts',
      'build/generateIcons.mjs',
      'node_modules/react/index.js',
      'electron-builder.yml',
      'tsconfig.json',
    ]) {
      expect(packs(file), file).toBe(false);
    }
    // The entry point electron-builder writes into the asar must be one of the packed files.
    expect(packageJson.main).toMatch(/^dist-electron\/[^/]+\.cjs$/);
  });

  it('builds AppImage and deb on Linux, NSIS on Windows, dmg on macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('has npm run dist build first', () => {
    expect(packageJson.scripts.dist).toBe('npm run build && electron-builder');
  });
});

/** Reads a PNG fully: signature, every chunk's CRC, IHDR, and the pixel data's size after inflating. */
function readPng(file: string): { width: number; height: number; colourType: number } {
  const data = fs.readFileSync(file);
  expect([...data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  let header: { width: number; height: number; bitDepth: number; colourType: number } | null = null;
  const idat: Buffer[] = [];
  let ended = false;
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    const crc = data.readUInt32BE(offset + 8 + length);
    expect(crc, `CRC of ${type} in ${file}`).toBe(zlib.crc32(data.subarray(offset + 4, offset + 8 + length)));
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), bitDepth: body[8] ?? 0, colourType: body[9] ?? 0 };
    if (type === 'IDAT') idat.push(body);
    if (type === 'IEND') ended = true;
    offset += 12 + length;
  }
  expect(ended).toBe(true);
  if (header === null) throw new Error(`${file} has no IHDR`);
  expect(header.bitDepth).toBe(8);
  expect(header.colourType).toBe(6);
  expect(zlib.inflateSync(Buffer.concat(idat)).length).toBe(header.height * (1 + header.width * 4));
  return header;
}

describe('icons', () => {
  const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'missdeck-icons-'));
  afterAll(() => fs.rmSync(generated, { recursive: true, force: true }));

  it('exist where electron-builder.yml says, as valid PNGs of the needed sizes', () => {
    expect(readPng(path.join(root, config.mac.icon))).toMatchObject({ width: 512, height: 512 });
    expect(readPng(path.join(root, config.win.icon))).toMatchObject({ width: 256, height: 256 });
    const linuxIcons = fs.readdirSync(path.join(root, config.linux.icon)).sort();
    expect(linuxIcons).toEqual(expect.arrayContaining(['256x256.png', '512x512.png']));
    for (const name of linuxIcons) {
      const [, size] = /^(\d+)x\1\.png$/.exec(name) ?? [];
      expect(size, `${name} is named <n>x<n>.png`).toBeDefined();
      expect(readPng(path.join(root, config.linux.icon, name))).toMatchObject({ width: Number(size), height: Number(size) });
    }
  });

  it('are what build/generateIcons.mjs draws (the committed files are up to date)', () => {
    execFileSync(process.execPath, [path.join(root, 'build/generateIcons.mjs'), generated]);
    expect(fs.readFileSync(path.join(generated, 'icon.png')).equals(fs.readFileSync(path.join(root, 'build/icon.png')))).toBe(true);
    for (const name of fs.readdirSync(path.join(generated, 'icons'))) {
      expect(fs.readFileSync(path.join(generated, 'icons', name)).equals(fs.readFileSync(path.join(root, 'build/icons', name))), name).toBe(true);
    }
  });
});
