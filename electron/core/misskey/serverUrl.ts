export type ServerUrlResult = { ok: true; origin: string; host: string } | { ok: false; message: string };

const loopbackHosts = new Set(['localhost', '[::1]']);
const isLoopback = (hostname: string): boolean =>
  loopbackHosts.has(hostname) || /^127(?:\.\d{1,3}){3}$/.test(hostname);

/**
 * Turns what a person types (`misskey.io`, `https://Misskey.IO/`, `ミスキー.example`) into a
 * server origin. Plain http is allowed only on loopback, for local servers and tests.
 */
export function normaliseServerUrl(input: string): ServerUrlResult {
  const typed = input.trim();
  if (typed === '') return { ok: false, message: 'Enter the address of a Misskey server, like misskey.io.' };
  if (/\s/.test(typed)) return { ok: false, message: `“${typed}” is not a server address: it contains spaces.` };

  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed);
  let url: URL;
  try {
    url = new URL(hasScheme ? typed : `https://${typed}`);
  } catch {
    return { ok: false, message: `“${typed}” is not a server address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: `MissDeck connects to servers over https, not ${url.protocol.replace(':', '')}.` };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'A server address must not contain a user name or password.' };
  }
  if (!url.hostname || (!url.hostname.includes('.') && !isLoopback(url.hostname))) {
    return { ok: false, message: `“${typed}” is not a server address.` };
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    return { ok: false, message: 'Plain http is only allowed for servers on this computer; use https.' };
  }
  return { ok: true, origin: url.origin, host: url.host };
}
