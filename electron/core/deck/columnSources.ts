import type { ColumnSource, SourceColumnKind } from '../../../shared/model/column';
import type { MisskeyClient } from '../misskey/misskeyClient';

const asSources = (answer: unknown): ColumnSource[] =>
  Array.isArray(answer)
    ? answer.flatMap((item: { id?: unknown; name?: unknown }) => (typeof item?.id === 'string' ? [{ id: item.id, name: typeof item.name === 'string' ? item.name : item.id }] : []))
    : [];

/** The account's lists, antennas, channels, roles or clips, for the add-column dialog. */
export async function listColumnSources(client: MisskeyClient, kind: SourceColumnKind): Promise<ColumnSource[]> {
  switch (kind) {
    case 'list':
      return asSources(await client.requestUntyped('users/lists/list', {}));
    case 'antenna':
      return asSources(await client.requestUntyped('antennas/list', {}));
    case 'clip':
      return asSources(await client.requestUntyped('clips/list', { limit: 100 }));
    case 'role':
      return asSources(await client.requestUntyped('roles/list', {}));
    case 'channel': {
      const [followed, owned] = await Promise.all([client.requestUntyped('channels/followed', { limit: 100 }), client.requestUntyped('channels/owned', { limit: 100 })]);
      const byId = new Map([...asSources(followed), ...asSources(owned)].map((source) => [source.id, source]));
      return [...byId.values()];
    }
  }
}
