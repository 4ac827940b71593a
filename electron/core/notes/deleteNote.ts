import type { MisskeyClient } from '../misskey/misskeyClient';
import { explained, type Wording } from '../server/misskeyErrors';

const wording: Wording = {
  NO_SUCH_NOTE: 'noteAlreadyDeleted',
  ACCESS_DENIED: 'deleteOnlyOwn',
};

export async function deleteNote(client: MisskeyClient, noteId: string): Promise<null> {
  await explained(client.request('notes/delete', { noteId }), wording);
  return null;
}
