import { coreMessage } from '../../../shared/messages/coreMessage';
import type { CoreText } from '../../../shared/messages/coreText';

export type ServerUrlResult = { ok: true; origin: string; host: string } | { ok: false; problem: CoreText };

const loopbackHosts = new Set(['localhost', '[::1]']);
const isLoopback = (hostname: string): boolean =>
  loopbackHosts.has(hostname) || /^127(?:\.\d{1,3}){3}$/.test(hostname);

const refuse = (problem: CoreText): ServerUrlResult => ({ ok: false, problem });

/**
 * Turns what a person types (`misskey.io`, `https://Misskey.IO/`, `ミスキー.example`) into a
 * server origin. Plain http is allowed only on loopback, for local servers and tests.
 */
export function normaliseServerUrl(input: string): ServerUrlResult {
  const typed = input.trim();
  if (typed === '') return refuse(coreMessage('serverAddressEmpty'));
  if (/\s/.test(typed)) return refuse(coreMessage('serverAddressSpaces', { typed }));

  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed);
  let url: URL;
  try {
    url = new URL(hasScheme ? typed : `https://${typed}`);
  } catch {
    return refuse(coreMessage('serverAddressInvalid', { typed }));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return refuse(coreMessage('serverAddressScheme', { scheme: url.protocol.replace(':', '') }));
  }
  if (url.username || url.password) return refuse(coreMessage('serverAddressCredentials'));
  if (!url.hostname || (!url.hostname.includes('.') && !isLoopback(url.hostname))) {
    return refuse(coreMessage('serverAddressInvalid', { typed }));
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) return refuse(coreMessage('serverAddressPlainHttp'));
  return { ok: true, origin: url.origin, host: url.host };
}
