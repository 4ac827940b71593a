import { coreMessage } from '../../../shared/messages/coreMessage';
import { CommandFailure } from '../commands/commandFailure';
import { createMisskeyClient } from '../misskey/misskeyClient';
import { toThemeColor } from './themeColor';

export interface ServerInfo {
  origin: string;
  host: string;
  name: string | null;
  iconUrl: string | null;
  version: string;
  /** The server's theme colour, `#rgb` or `#rrggbb` in lower case; null when it has none or sent something else. */
  themeColor: string | null;
}

/** Asks `POST /api/meta` and insists the answer is Misskey's before anything opens in a browser. */
export async function fetchServerInfo(origin: string, host: string, fetchImpl?: typeof fetch): Promise<ServerInfo> {
  const client = createMisskeyClient({ origin, fetch: fetchImpl });
  let meta: unknown;
  try {
    meta = await client.requestUntyped('meta', { detail: false });
  } catch (failure) {
    if (failure instanceof CommandFailure && ['MISSKEY_ERROR', 'NOT_MISSKEY', 'MALFORMED_RESPONSE'].includes(failure.error.code)) {
      throw new CommandFailure('NOT_MISSKEY', coreMessage('notMisskey', { host }));
    }
    throw failure;
  }
  const record = typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>) : {};
  if (typeof record.version !== 'string' || typeof record.maxNoteTextLength !== 'number') {
    throw new CommandFailure('NOT_MISSKEY', coreMessage('notMisskeyAnswer', { host }));
  }
  return {
    origin,
    host,
    name: typeof record.name === 'string' ? record.name : null,
    iconUrl: typeof record.iconUrl === 'string' ? record.iconUrl : null,
    version: record.version,
    themeColor: toThemeColor(record.themeColor),
  };
}
