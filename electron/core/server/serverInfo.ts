import type { ServerInfoView } from '../../../shared/model/content';
import { coreMessage } from '../../../shared/messages/coreMessage';
import { CommandFailure } from '../commands/commandFailure';
import type { MisskeyClient } from '../misskey/misskeyClient';
import { OriginCache } from './originCache';

/**
 * How many files one note may carry. Misskey's `notes/create` declares `fileIds` with
 * `maxItems: 16` (fixtures/misskey/meta/openapi-api.json, paths["/notes/create"] requestBody
 * schema, properties.fileIds); `meta` does not report it.
 */
export const maxFilesPerNote = 16;
/** Misskey's default `maxNoteTextLength`, for a meta that does not say. */
const defaultMaxNoteTextLength = 3000;
const cacheMs = 10 * 60_000;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

export function toServerInfoView(meta: unknown): ServerInfoView {
  if (!isRecord(meta)) throw new CommandFailure('MALFORMED_RESPONSE', coreMessage('metaUnreadable'));
  const maxNoteTextLength = meta.maxNoteTextLength;
  return {
    name: stringOrNull(meta.name),
    version: stringOrNull(meta.version),
    maxNoteTextLength: typeof maxNoteTextLength === 'number' && maxNoteTextLength > 0 ? maxNoteTextLength : defaultMaxNoteTextLength,
    maxFilesPerNote,
    iconUrl: stringOrNull(meta.iconUrl),
    translatorAvailable: meta.translatorAvailable === true,
  };
}

/** What the composer needs from `meta`, asked at most once per server every 10 minutes. */
export class ServerInfoCache {
  private readonly cache: OriginCache<ServerInfoView>;

  constructor(now?: () => number) {
    this.cache = new OriginCache(cacheMs, now);
  }

  get(client: MisskeyClient): Promise<ServerInfoView> {
    return this.cache.get(client.origin, async () => toServerInfoView(await client.request('meta', { detail: false })));
  }
}
