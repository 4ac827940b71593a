import { ApiError, E } from '../errors';
import type { NoteRec, UserRec, Visibility } from '../state';
import { requiredString } from './params';
import type { ApiCtx } from './types';

// ap/show: `{type:'Note', object}` / `{type:'User', object}` for a URL this server knows. URLs of another
// stand-in (`http://host:port/notes/<id>`) are resolved through that server's notes/show and kept as a
// remote note (user.host = `host:port`, uri/url = the URL), like Misskey does for a federated note.

const NOTE_PATH = /^\/notes\/([0-9a-z]+)$/;
const USER_PATH = /^\/@([A-Za-z0-9_]+)$/;

interface RemoteNote {
  id: string;
  createdAt: string;
  text: string | null;
  cw: string | null;
  visibility: Visibility;
  user: { username: string; name: string | null };
}

function remoteUser(ctx: ApiCtx, host: string, r: RemoteNote['user']): UserRec {
  return ctx.state.userByName(r.username, host) ?? ctx.state.addUser(r.username, { host, name: r.name });
}

async function fetchRemote(ctx: ApiCtx, url: URL, noteId: string): Promise<NoteRec> {
  const known = ctx.state.notes.find((n) => n.uri === url.href);
  if (known) return known;
  let res: Response;
  try {
    res = await fetch(`${url.origin}/api/notes/show`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ noteId }),
      signal: AbortSignal.timeout(5000),
    });
  } catch {
    throw new ApiError(E.REQUEST_FAILED);
  }
  if (res.status === 400) throw new ApiError(E.NO_SUCH_OBJECT);
  if (!res.ok) throw new ApiError(E.REQUEST_FAILED);
  const r = (await res.json()) as RemoteNote;
  if (typeof r?.id !== 'string' || typeof r.user?.username !== 'string') throw new ApiError(E.NO_SUCH_OBJECT);
  const user = remoteUser(ctx, url.host, r.user);
  const note = ctx.state.makeNote(user.id, { text: r.text, cw: r.cw, visibility: r.visibility, uri: url.href, url: url.href }, Date.parse(r.createdAt));
  ctx.state.insertNote(note);
  return note;
}

export async function apShow(ctx: ApiCtx) {
  const uri = requiredString(ctx.body, 'uri');
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new ApiError(E.URI_INVALID);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ApiError(E.URI_INVALID);
  const viewerId = ctx.user?.id ?? null;
  const local = url.origin === new URL(ctx.baseUrl).origin;
  const notePath = NOTE_PATH.exec(url.pathname);
  if (notePath) {
    const note = local ? ctx.state.noteById(notePath[1]!) : await fetchRemote(ctx, url, notePath[1]!);
    if (!note) throw new ApiError(E.NO_SUCH_OBJECT);
    return { type: 'Note', object: ctx.packer.note(note, { viewerId }) };
  }
  const byUri = ctx.state.notes.find((n) => n.uri === url.href || n.url === url.href);
  if (byUri) return { type: 'Note', object: ctx.packer.note(byUri, { viewerId }) };
  const userPath = USER_PATH.exec(url.pathname);
  if (local && userPath) {
    const user = ctx.state.userByName(userPath[1]!);
    if (user) return { type: 'User', object: ctx.packer.userFor(user, viewerId) };
  }
  throw new ApiError(E.NO_SUCH_OBJECT);
}
