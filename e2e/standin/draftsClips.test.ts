import { describe, expect, it } from 'vitest';
import { api, connectChannel, useStandin } from './testkit';

const env = useStandin({ unreadNotificationDelayMs: 100 });
type Draft = { id: string; scheduledAt: number | null; isActuallyScheduled: boolean; text: string | null; renote?: unknown };
type Err = { error: { code: string; id: string } };

describe('notes/drafts', () => {
  it('creates, updates partially, lists newest first, counts and deletes; refuses others and the limits', async () => {
    const alice = env.s.tokens.alice!;
    const a = (await api(env.s.url, 'notes/drafts/create', { text: 'first', i: alice })).json as { createdDraft: Draft };
    expect(a.createdDraft).toMatchObject({ text: 'first', scheduledAt: null, isActuallyScheduled: false, visibility: 'public', localOnly: false, poll: null });
    const b = (await api(env.s.url, 'notes/drafts/create', { text: 'second', cw: 'cw', i: alice })).json as { createdDraft: Draft };
    const upd = await api(env.s.url, 'notes/drafts/update', { draftId: a.createdDraft.id, text: 'edited', i: alice });
    expect((upd.json as { updatedDraft: Draft }).updatedDraft).toMatchObject({ id: a.createdDraft.id, text: 'edited' });
    const list = (await api(env.s.url, 'notes/drafts/list', { i: alice })).json as Draft[];
    expect(list.map((d) => d.id)).toEqual([b.createdDraft.id, a.createdDraft.id]);
    expect((await api(env.s.url, 'notes/drafts/count', { i: alice })).json).toBe(2);
    const others = await api(env.s.url, 'notes/drafts/update', { draftId: a.createdDraft.id, text: 'x', i: env.s.tokens.bob });
    expect(others.status).toBe(400);
    expect((others.json as Err).error.code).toBe('NO_SUCH_NOTE_DRAFT');
    expect((await api(env.s.url, 'notes/drafts/delete', { draftId: a.createdDraft.id, i: alice })).status).toBe(204);
    expect(((await api(env.s.url, 'notes/drafts/delete', { draftId: a.createdDraft.id, i: alice })).json as Err).error.code).toBe('NO_SUCH_NOTE_DRAFT');
    for (let n = 0; n < 9; n++) await api(env.s.url, 'notes/drafts/create', { text: `d${n}`, i: alice });
    expect(((await api(env.s.url, 'notes/drafts/create', { text: 'eleventh', i: alice })).json as Err).error.code).toBe('TOO_MANY_DRAFTS');
  });

  it('checks scheduledAt and allows one pending scheduled note', async () => {
    const bob = env.s.tokens.bob!;
    const missing = await api(env.s.url, 'notes/drafts/create', { text: 'x', isActuallyScheduled: true, i: bob });
    expect((missing.json as Err).error.code).toBe('SCHEDULED_AT_REQUIRED');
    const past = await api(env.s.url, 'notes/drafts/create', { text: 'x', isActuallyScheduled: true, scheduledAt: Date.now() - 1000, i: bob });
    expect((past.json as Err).error.code).toBe('SCHEDULED_AT_MUST_BE_IN_FUTURE');
    const ok = await api(env.s.url, 'notes/drafts/create', { text: 'later', isActuallyScheduled: true, scheduledAt: Date.now() + 3_600_000, i: bob });
    expect(ok.status).toBe(200);
    const second = await api(env.s.url, 'notes/drafts/create', { text: 'y', isActuallyScheduled: true, scheduledAt: Date.now() + 7_200_000, i: bob });
    expect((second.json as Err).error).toMatchObject({ code: 'TOO_MANY_SCHEDULED_NOTES', id: '22ae69eb-09e3-4541-a850-773cfa45e693' });
    const plain = (await api(env.s.url, 'notes/drafts/create', { text: 'plain', i: bob })).json as { createdDraft: Draft };
    const upd = await api(env.s.url, 'notes/drafts/update', { draftId: plain.createdDraft.id, isActuallyScheduled: true, scheduledAt: Date.now() + 9_000_000, i: bob });
    expect((upd.json as Err).error).toMatchObject({ code: 'TOO_MANY_SCHEDULED_NOTES', id: '02f5df79-08ae-4a33-8524-f1503c8f6212' });
    const scheduled = (await api(env.s.url, 'notes/drafts/list', { scheduled: true, i: bob })).json as Draft[];
    expect(scheduled.map((d) => d.text)).toEqual(['later']);
  });

  it('posts a scheduled note when the clock reaches it: note on the timeline, notification, draft gone', async () => {
    const alice = env.s.tokens.alice!;
    const ws = await env.open(alice);
    await connectChannel(ws, 'main', 'm');
    await connectChannel(ws, 'homeTimeline', 'h');
    const at = Date.now() + 3_600_000;
    await api(env.s.url, 'notes/drafts/create', { text: 'from the future', isActuallyScheduled: true, scheduledAt: at, i: alice });
    env.s.advanceClock({ ms: 3_600_000 });
    const of = (type: string) => ws.frames.filter((f) => f.type === 'channel' && f.body.type === type).map((f) => f.body.body as Record<string, unknown>);
    await ws.until(() => of('unreadNotification').length > 0, 3000);
    expect(of('note').map((n) => n.text)).toContain('from the future');
    expect(of('notification')).toMatchObject([{ type: 'scheduledNotePosted', note: { text: 'from the future' } }]);
    expect((await api(env.s.url, 'notes/drafts/list', { scheduled: true, i: alice })).json).toEqual([]);
  });

  it('keeps a scheduled draft whose post fails, with a scheduledNotePostFailed notification', async () => {
    const bob = env.s.tokens.bob!;
    const target = env.s.post({ username: 'bob', text: 'quoted' }).note;
    await api(env.s.url, 'notes/drafts/create', { text: 'quote', renoteId: target.id, isActuallyScheduled: true, scheduledAt: Date.now() + 60_000, i: bob });
    await api(env.s.url, 'notes/delete', { noteId: target.id, i: bob });
    env.s.advanceClock({ ms: 61_000 });
    const list = (await api(env.s.url, 'notes/drafts/list', { i: bob })).json as Draft[];
    expect(list).toMatchObject([{ text: 'quote', isActuallyScheduled: true, renote: null }]);
    const notes = (await api(env.s.url, 'i/notifications', { i: bob })).json as { type: string; note?: unknown }[];
    expect(notes[0]).toMatchObject({ type: 'scheduledNotePostFailed' });
    expect(notes[0]!.note).toBeUndefined();
  });
});

describe('clips and favourites', () => {
  it('clips notes, lists them newest first, refuses doubles and pages favourites by favourite id', async () => {
    const alice = env.s.tokens.alice!;
    const clip = (await api(env.s.url, 'clips/create', { name: 'Reading list', i: alice })).json as { id: string; notesCount: number; isPublic: boolean };
    expect(clip).toMatchObject({ notesCount: 0, isPublic: false, description: null });
    const n1 = env.s.post({ username: 'bob', text: 'one' }).note;
    const n2 = env.s.post({ username: 'bob', text: 'two' }).note;
    expect((await api(env.s.url, 'clips/add-note', { clipId: clip.id, noteId: n1.id, i: alice })).status).toBe(204);
    await api(env.s.url, 'clips/add-note', { clipId: clip.id, noteId: n2.id, i: alice });
    expect(((await api(env.s.url, 'clips/add-note', { clipId: clip.id, noteId: n1.id, i: alice })).json as Err).error.code).toBe('ALREADY_CLIPPED');
    const notes = (await api(env.s.url, 'clips/notes', { clipId: clip.id, i: alice })).json as { id: string }[];
    expect(notes.map((n) => n.id)).toEqual([n2.id, n1.id]);
    const older = (await api(env.s.url, 'clips/notes', { clipId: clip.id, untilId: n2.id, i: alice })).json as { id: string }[];
    expect(older.map((n) => n.id)).toEqual([n1.id]);
    expect(((await api(env.s.url, 'clips/show', { clipId: clip.id, i: alice })).json as { notesCount: number }).notesCount).toBe(2);
    expect((await api(env.s.url, 'notes/clips', { noteId: n1.id, i: alice })).json).toEqual([]);
    await api(env.s.url, 'clips/remove-note', { clipId: clip.id, noteId: n2.id, i: alice });
    expect(((await api(env.s.url, 'clips/notes', { clipId: clip.id, i: alice })).json as { id: string }[]).map((n) => n.id)).toEqual([n1.id]);
    expect(((await api(env.s.url, 'clips/notes', { clipId: clip.id, i: env.s.tokens.bob })).json as Err).error.code).toBe('NO_SUCH_CLIP');

    await api(env.s.url, 'notes/favorites/create', { noteId: n2.id, i: alice });
    await api(env.s.url, 'notes/favorites/create', { noteId: n1.id, i: alice });
    const favs = (await api(env.s.url, 'i/favorites', { i: alice })).json as { id: string; noteId: string; note: { id: string } }[];
    expect(favs.map((f) => f.noteId)).toEqual([n1.id, n2.id]);
    const next = (await api(env.s.url, 'i/favorites', { untilId: favs[0]!.id, i: alice })).json as { noteId: string }[];
    expect(next.map((f) => f.noteId)).toEqual([n2.id]);
    await api(env.s.url, 'notes/favorites/delete', { noteId: n1.id, i: alice });
    expect(((await api(env.s.url, 'i/favorites', { i: alice })).json as { noteId: string }[]).map((f) => f.noteId)).toEqual([n2.id]);
  });
});
