import type { entities } from 'misskey-js';
import { genId } from './ids';

export interface EmojiRec {
  id: string;
  name: string;
  category: string | null;
  aliases: string[];
  license: string | null;
  isSensitive: boolean;
  localOnly: boolean;
}

const SEED: Omit<EmojiRec, 'id'>[] = [
  { name: 'missdeck_ok', category: 'MissDeck', aliases: ['md', 'ok'], license: 'CC0', isSensitive: false, localOnly: false },
  { name: 'missdeck_two', category: 'MissDeck', aliases: [], license: null, isSensitive: false, localOnly: false },
  { name: 'blob_wave', category: 'Blobs', aliases: ['wave'], license: 'Apache-2.0', isSensitive: false, localOnly: false },
  { name: 'blob_heart', category: 'Blobs', aliases: ['heart'], license: 'Apache-2.0', isSensitive: false, localOnly: false },
  { name: 'kusa', category: null, aliases: ['grass'], license: null, isSensitive: false, localOnly: false },
];

/** Local custom emojis; images are generated PNGs served at `/files/emoji-<name>.png`. */
export class Emojis {
  readonly byName = new Map<string, EmojiRec>();

  constructor(private readonly baseUrl: () => string) {
    for (const e of SEED) this.add(e);
  }

  add(e: Omit<EmojiRec, 'id'>): EmojiRec {
    const rec = { id: genId(), ...e };
    this.byName.set(rec.name, rec);
    return rec;
  }

  url(name: string): string {
    return `${this.baseUrl()}/files/emoji-${name}.png`;
  }

  simple(e: EmojiRec): entities.EmojiSimple {
    return { aliases: e.aliases, name: e.name, category: e.category, url: this.url(e.name) };
  }

  detailed(e: EmojiRec): entities.EmojiDetailed {
    return {
      id: e.id,
      aliases: e.aliases,
      name: e.name,
      category: e.category,
      host: null,
      url: this.url(e.name),
      license: e.license,
      isSensitive: e.isSensitive,
      localOnly: e.localOnly,
      roleIdsThatCanBeUsedThisEmojiAsReaction: [],
    };
  }

  /** Sorted like Misskey's emojis list: by category, then name. */
  list(): EmojiRec[] {
    return [...this.byName.values()].sort(
      (a, b) => (a.category ?? '').localeCompare(b.category ?? '') || a.name.localeCompare(b.name),
    );
  }
}
