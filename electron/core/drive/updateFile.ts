import type { DriveFileView } from '../../../shared/model/content';
import type { MisskeyClient } from '../misskey/misskeyClient';
import { explained, type Wording } from '../server/misskeyErrors';

const wording: Wording = {
  NO_SUCH_FILE: 'fileGone',
  ACCESS_DENIED: 'fileNotYours',
  RESTRICTED_BY_ROLE: 'fileChangeRestricted',
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
