import type { IncomingMessage, ServerResponse } from 'node:http';
import { readRaw } from './body';
import type { Packer } from './pack';
import type { MiAuthSession, State } from './state';

const BLOCKED_SCHEMES = ['javascript:', 'file:', 'data:', 'mailto:', 'tel:', 'vbscript:'];

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>${head}
<style>
body{font-family:system-ui,sans-serif;background:#f4f4f4;color:#222;margin:0;padding:32px}
main{max-width:520px;margin:auto;background:#fff;border-radius:12px;padding:24px;box-shadow:0 2px 8px #0002}
h1{font-size:1.3em} ul{padding-left:1.2em} .box{background:#eee;border-radius:6px;padding:8px;word-break:break-all}
.account{display:flex;align-items:center;gap:8px} .account img{width:32px;height:32px;border-radius:50%}
.buttons{display:flex;gap:12px;margin-top:20px} form{margin:0}
button{font-size:1em;padding:8px 20px;border-radius:999px;border:0;cursor:pointer}
#accept{background:#86b300;color:#fff} #reject{background:#ddd}
</style></head><body><main>${body}</main></body></html>`;
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(html)) });
  res.end(html);
}

/** The callback with `session` set the way Misskey's frontend does (URLSearchParams.set). */
export function callbackUrl(callback: string | null, sessionId: string): string | null {
  if (!callback) return null;
  let url: URL;
  try {
    url = new URL(callback);
  } catch {
    return null;
  }
  if (BLOCKED_SCHEMES.includes(url.protocol)) return null;
  url.searchParams.set('session', sessionId);
  return url.toString();
}

function consentPage(state: State, packer: Packer, s: MiAuthSession): string {
  const user = state.userByName(state.miauthUsername)!;
  const base = `/miauth/${encodeURIComponent(s.id)}`;
  const perms = s.permissions.map((p) => `<li>${esc(p)}</li>`).join('');
  return page(
    'MiAuth',
    `<h1 id="app-name">${esc(s.name ?? 'Unknown application')}</h1>
<p>This application would like to access your account with the following permissions:</p>
<ul id="permissions">${perms || '<li>(none)</li>'}</ul>
${s.callback ? `<p>After you accept, you will be redirected to:</p><div class="box" id="callback">${esc(s.callback)}</div>` : ''}
<p>Account</p>
<div class="account" id="account"><img alt="" src="${esc(packer.avatarUrl(user))}"><span>${esc(user.name ?? user.username)}</span> <b id="account-username">@${esc(user.username)}</b></div>
<div class="buttons">
<form method="post" action="${base}/reject"><button id="reject" type="submit">Reject</button></form>
<form method="post" action="${base}/accept"><button id="accept" type="submit">Accept</button></form>
</div>`,
  );
}

function grantedPage(s: MiAuthSession): string {
  const target = callbackUrl(s.callback, s.id);
  if (!target) {
    return page(
      'Access granted',
      `<h1 id="result">Access granted</h1><p>Please go back to the application</p>
<p>An access token has been created</p>`,
    );
  }
  // Same mechanism as Misskey's frontend: a script-initiated `location.href` assignment.
  const js = JSON.stringify(target).replace(/</g, '\\u003c');
  return page(
    'Access granted',
    `<h1 id="result">Access granted</h1><p>Returning to the application…</p>
<p class="box"><a id="callback-link" href="${esc(target)}">${esc(target)}</a></p>
<script>location.href = ${js};</script>`,
  );
}

function deniedPage(): string {
  return page('Access denied', '<h1 id="result">Access denied</h1>');
}

const ROUTE = /^\/miauth\/([^/]+)(?:\/(accept|reject))?$/;

export function isMiAuthPath(path: string): boolean {
  return ROUTE.test(path);
}

export async function handleMiAuthPage(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  state: State,
  packer: Packer,
): Promise<void> {
  const m = ROUTE.exec(url.pathname)!;
  const id = decodeURIComponent(m[1]!);
  const action = m[2];

  if (!action) {
    if (req.method !== 'GET') return send(res, 405, page('Method not allowed', '<p>Method not allowed</p>'));
    const q = url.searchParams;
    let s = state.sessions.get(id);
    if (!s || s.status === 'pending') {
      s = {
        id,
        name: q.get('name'),
        icon: q.get('icon'),
        callback: q.get('callback'),
        permissions: (q.get('permission') ?? '').split(',').map((p) => p.trim()).filter(Boolean),
        status: 'pending',
      };
      state.sessions.set(id, s);
    }
    if (s.status === 'denied') return send(res, 200, deniedPage());
    if (s.status !== 'pending') return send(res, 200, grantedPage(s));
    return send(res, 200, consentPage(state, packer, s));
  }

  if (req.method !== 'POST') return send(res, 405, page('Method not allowed', '<p>Method not allowed</p>'));
  await readRaw(req);
  const s = state.sessions.get(id);
  if (!s) return send(res, 404, page('Not found', '<h1>Unknown MiAuth session</h1><p>Open the MiAuth page first.</p>'));
  if (action === 'reject') {
    if (s.status === 'pending') s.status = 'denied';
    return send(res, 200, s.status === 'denied' ? deniedPage() : grantedPage(s));
  }
  if (s.status === 'denied') return send(res, 200, deniedPage());
  if (s.status === 'pending') {
    const user = state.userByName(state.miauthUsername)!;
    s.userId = user.id;
    s.token = state.issueToken(user.id, s.permissions);
    s.status = 'approved';
  }
  return send(res, 200, grantedPage(s));
}
