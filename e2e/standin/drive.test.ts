import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solidPng } from './files';
import { startStandin, type Standin } from './server';
import { api, call, connectChannel, WsClient, type PackedNote } from './testkit';

let s: Standin;
beforeAll(async () => {
  s = await startStandin();
});
afterAll(() => s.close());

function upload(token: string, bytes: Uint8Array, fields: Record<string, string>, filename = 'tile.png') {
  const form = new FormData();
  form.set('i', token);
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), filename);
  return call(s.url, '/api/drive/files/create', { method: 'POST', body: form });
}

describe('drive', () => {
  it('multipart upload → DriveFile; bytes served back at url; driveFileCreated on main; show/update; note with the file', async () => {
    const alice = s.tokens.alice!;
    const ws = await WsClient.open(`${s.streamingUrl}?i=${alice}`);
    await connectChannel(ws, 'main', 'm');
    const png = solidPng(120, [0xe0, 0x6c, 0x9f]);
    const r = await upload(alice, png, { name: 'tile.png', isSensitive: 'true', comment: 'A pink tile' });
    expect(r.status).toBe(200);
    const file = r.json as Record<string, unknown>;
    expect(file).toMatchObject({
      name: 'tile.png',
      type: 'image/png',
      size: png.length,
      isSensitive: true,
      comment: 'A pink tile',
      properties: { width: 120, height: 120 },
      folderId: null,
      folder: null,
      userId: null,
      user: null,
    });
    expect(file.md5).toMatch(/^[0-9a-f]{32}$/);
    const served = await fetch(file.url as string);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    expect((await fetch(file.thumbnailUrl as string)).status).toBe(200);
    await ws.until(() => ws.frames.some((f) => f.body.type === 'driveFileCreated'));
    expect(ws.frames.find((f) => f.body.type === 'driveFileCreated')!.body.body).toMatchObject({ id: file.id, userId: null });
    ws.close();

    const shown = (await api(s.url, 'drive/files/show', { fileId: file.id, i: alice })).json;
    expect(shown).toMatchObject({ id: file.id, userId: s.seeded().users.alice, user: { username: 'alice' } });
    const updated = (await api(s.url, 'drive/files/update', { fileId: file.id, isSensitive: false, comment: 'alt text', i: alice })).json;
    expect(updated).toMatchObject({ isSensitive: false, comment: 'alt text' });
    expect((await api(s.url, 'drive/files/show', { fileId: file.id, i: s.tokens.bob })).json).toMatchObject({ error: { code: 'ACCESS_DENIED' } });

    const created = await api(s.url, 'notes/create', { text: 'with image', fileIds: [file.id], i: alice });
    const note = (created.json as { createdNote: PackedNote & { fileIds: string[] } }).createdNote;
    expect(note.fileIds).toEqual([file.id]);
    expect(note.files[0]).toMatchObject({ id: file.id, userId: s.seeded().users.alice, user: null, comment: 'alt text' });
    const withFiles = (await api(s.url, 'users/notes', { userId: s.seeded().users.alice, withFiles: true })).json as PackedNote[];
    expect(withFiles.map((n) => n.id)).toEqual([note.id]);
    expect((await api(s.url, 'drive', { i: alice })).json).toEqual({ capacity: 100 * 1024 * 1024, usage: png.length });
    const bad = await api(s.url, 'notes/create', { text: 'x', fileIds: ['aaaaaaaaaaaaaaaa'], i: alice });
    expect(bad.json).toMatchObject({ error: { code: 'NO_SUCH_FILE' } });
  });

  it('emojis: GET and POST, served images, emoji by name; custom reaction stored as :name@.:', async () => {
    const get = await call(s.url, '/api/emojis');
    expect(get.status).toBe(200);
    expect(get.headers.get('cache-control')).toBe('public, max-age=3600');
    const post = await api(s.url, 'emojis', {});
    const emojis = (post.json as { emojis: { name: string; category: string | null; url: string; aliases: string[] }[] }).emojis;
    expect(get.json).toEqual(post.json);
    expect(emojis.map((e) => e.name)).toEqual(expect.arrayContaining(['missdeck_ok', 'blob_wave', 'kusa']));
    expect(new Set(emojis.map((e) => e.category))).toEqual(new Set(['MissDeck', 'Blobs', null]));
    const img = await fetch(emojis[0]!.url);
    expect(img.headers.get('content-type')).toBe('image/png');
    const one = await api(s.url, 'emoji', { name: 'missdeck_ok' });
    expect(one.json).toEqual({
      id: expect.any(String),
      aliases: ['md', 'ok'],
      name: 'missdeck_ok',
      category: 'MissDeck',
      host: null,
      url: `${s.url}/files/emoji-missdeck_ok.png`,
      license: 'CC0',
      isSensitive: false,
      localOnly: false,
      roleIdsThatCanBeUsedThisEmojiAsReaction: [],
    });
    const n = s.post({ username: 'bob', text: 'custom' }).note;
    await api(s.url, 'notes/reactions/create', { noteId: n.id, reaction: ':kusa:', i: s.tokens.alice });
    expect(((await api(s.url, 'notes/show', { noteId: n.id })).json as PackedNote).reactions).toEqual({ ':kusa@.:': 1 });
  });
});
