import type { ValidCommandInput } from '../../../shared/contract/commands';
import type { DriveFileView } from '../../../shared/model/content';
import { coreMessage } from '../../../shared/messages/coreMessage';
import type { AccountsService } from '../accounts/accountsService';
import { CommandFailure } from '../commands/commandFailure';
import { createMisskeyClient } from '../misskey/misskeyClient';
import { explained, type Wording } from '../server/misskeyErrors';
import { buildMultipart, type MultipartBody } from './multipartBody';
import { progressStream } from './progressStream';
import { formatSize, maxUploadBytes } from './uploadLimit';
import { Watchdog } from './watchdog';

export interface UploadProgress {
  uploadId: string;
  loaded: number;
  total: number;
}

export interface UploadDeps {
  accounts: Pick<AccountsService, 'clientFor' | 'credentials' | 'markNeedsReauth'>;
  fetch?: typeof fetch;
  now?: () => number;
  emitUploadProgress(progress: UploadProgress): void;
  tuning?: { chunkBytes?: number; progressIntervalMs?: number; idleTimeoutMs?: number };
}

const wording: Wording = {
  INVALID_FILE_NAME: 'fileNameRefused',
  INAPPROPRIATE: 'fileInappropriate',
  NO_FREE_SPACE: 'driveFull',
  MAX_FILE_SIZE_EXCEEDED: 'fileTooLargeForServer',
  UNALLOWED_FILE_TYPE: 'fileTypeRefused',
};

const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeBase64(data: string): Buffer {
  if (data.length % 4 === 1 || !base64.test(data)) throw new CommandFailure('INVALID_INPUT', coreMessage('fileDataInvalid'));
  return Buffer.from(data, 'base64');
}

/**
 * A fetch that sends the prepared multipart body as a stream instead of what misskey-js built,
 * so the answer still goes through createMisskeyFetch's normalisation and misskeyClient's
 * CommandFailure translation (401 included). The 20 s timeout misskeyFetch sets for whole requests
 * is replaced by an inactivity timeout: a large upload may take minutes, but must keep moving.
 */
function sendingMultipart(baseFetch: typeof fetch, body: MultipartBody, stream: ReadableStream<Uint8Array>, watchdog: Watchdog): typeof fetch {
  // A stream body needs `duplex: 'half'` (Fetch standard); the RequestInit type here does not list it yet.
  const init: RequestInit & { duplex: 'half' } = {
    method: 'POST',
    headers: { 'content-type': body.contentType },
    body: stream,
    duplex: 'half',
    credentials: 'omit',
    redirect: 'error',
    signal: watchdog.signal,
  };
  return (input) => baseFetch(input, init);
}

/** Uploads a file to the account's drive (`drive/files/create`), reporting progress as it is sent. */
export async function uploadFile(deps: UploadDeps, input: ValidCommandInput<'drive.upload'>): Promise<DriveFileView> {
  const { accountId, uploadId, name, type, dataBase64, isSensitive, comment } = input;
  const bytes = decodeBase64(dataBase64);
  const client = deps.accounts.clientFor(accountId);
  const limit = await maxUploadBytes(client);
  if (bytes.byteLength > limit) {
    const host = new URL(client.origin).host;
    throw new CommandFailure('INVALID_INPUT', coreMessage('fileTooLarge', { name, size: formatSize(bytes.byteLength), host, limit: formatSize(limit, 'down') }));
  }

  const { origin, token } = deps.accounts.credentials(accountId);
  const fields: [string, string][] = [
    ['i', token],
    ['name', name],
    ['isSensitive', String(isSensitive ?? false)],
    ...(comment ? ([['comment', comment]] as [string, string][]) : []),
  ];
  const body = buildMultipart(fields, { field: 'file', filename: name, contentType: type, bytes });
  const watchdog = new Watchdog(deps.tuning?.idleTimeoutMs ?? 60_000, 'The upload stopped moving.');
  const stream = progressStream(body.parts, {
    chunkBytes: deps.tuning?.chunkBytes ?? 64 * 1024,
    minIntervalMs: deps.tuning?.progressIntervalMs ?? 50,
    now: deps.now ?? Date.now,
    onPull: () => watchdog.kick(),
    onProgress: (loaded, total) => deps.emitUploadProgress({ uploadId, loaded, total }),
  });
  const uploader = createMisskeyClient({
    origin,
    token,
    fetch: sendingMultipart(deps.fetch ?? fetch, body, stream, watchdog),
    ...(deps.now ? { now: deps.now } : {}),
    onUnauthorized: () => deps.accounts.markNeedsReauth(accountId),
  });
  try {
    return (await explained(uploader.requestUntyped('drive/files/create', {}), wording)) as DriveFileView;
  } finally {
    watchdog.stop();
  }
}
