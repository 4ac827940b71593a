import type { DriveFileView } from '../../../shared/model/content';
import type { MisskeyClient } from '../misskey/misskeyClient';
import { explained, type Wording } from '../server/misskeyErrors';

const wording: Wording = {
  NO_SUCH_FILE: 'This file is no longer in your drive.',
  ACCESS_DENIED: 'This file belongs to someone else’s drive.',
  RESTRICTED_BY_ROLE: 'Your role on this server does not allow changing this file.',
};

/** Marks a drive file sensitive or not, and sets or clears its caption (alt text). */
export function updateFile(client: MisskeyClient, input: { fileId: string; isSensitive?: boolean; comment?: string | null }): Promise<DriveFileView> {
  return explained(
    client.request('drive/files/update', {
      fileId: input.fileId,
      ...(input.isSensitive === undefined ? {} : { isSensitive: input.isSensitive }),
      ...(input.comment === undefined ? {} : { comment: input.comment }),
    }),
    wording,
  );
}
