import type { MisskeyClient } from '../misskey/misskeyClient';
import { explained, type Wording } from '../server/misskeyErrors';

const wording: Wording = {
  NO_SUCH_NOTE: 'This note was already deleted.',
  ACCESS_DENIED: 'You can delete only your own notes.',
};

export async function deleteNote(client: MisskeyClient, noteId: string): Promise<null> {
  await explained(client.request('notes/delete', { noteId }), wording);
  return null;
}
