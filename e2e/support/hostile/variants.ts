import { canaryJs, htmlPayloads, hugeText, mfmPayloads, unicodePayloads, urlPayloads, type Payload } from './payloads';

// Thousands of hostile notes built from one valid note the stand-in served: each variant changes one
// field (or, in `combo`, several at once) and keeps the rest valid, so each tells what it attacks.
// Deterministic: the same seed, base note and origins give the same variants.

export type HostileCategory =
  | 'html'
  | 'url'
  | 'mfm'
  | 'unicode'
  | 'huge'
  | 'type'
  | 'missing'
  | 'proto'
  | 'id'
  | 'date'
  | 'chain'
  | 'duplicate'
  | 'structure'
  | 'combo';

export interface HostileVariant {
  /** Position in the run; also the number the canary in its payloads would write to `top.__pwned`. */
  n: number;
  category: HostileCategory;
  /** The field attacked, as a path (`user.instance.iconUrl`, `reactions{key}`), or `*` for the whole note. */
  field: string;
  /** The payload's name. */
  label: string;
  /** What is pushed: any shape. */
  note: unknown;
  /** The note's id when the core should hand it to the renderer (a new string id and a string createdAt), else null. */
  deliveredId: string | null;
}

export interface GenerateOptions {
  /** A valid note as the stand-in serves it (`notes/timeline`). */
  base: Record<string, unknown>;
  seed: number;
  /** The origin the test watches for forbidden loads (scripts, styles, frames). */
  evilOrigin: string;
  /** Time of the first variant; variant n is created at `startMs + n` ms (default now). */
  startMs?: number;
  /** How many random multi-field variants to add (default 300). */
  combos?: number;
}

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clone = <T>(value: T): T => structuredClone(value);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;

/**
 * Paths: `a.b.0.c` walks objects and arrays; a last segment `m{key}` renames the first key of map `m`
 * to the value, `m{value}` sets the value of its first key. Containers must exist (the base has them all).
 */
function setPath(root: Obj, path: string, value: unknown): void {
  const parts = path.split('.');
  const last = parts.pop()!;
  let target: unknown = root;
  for (const part of parts) target = (target as Obj)[part];
  if (!isObj(target)) throw new Error(`no container for ${path}`);
  const map = /^(\w+)\{(key|value)\}$/.exec(last);
  if (map) {
    const [, name, what] = map as unknown as [string, string, 'key' | 'value'];
    const old = (target as Obj)[name] as Obj;
    const [firstKey, firstValue] = Object.entries(old)[0] ?? ['x', 1];
    const next: Obj = {};
    Object.defineProperty(next, what === 'key' ? String(value) : firstKey, { value: what === 'key' ? firstValue : value, enumerable: true, writable: true, configurable: true });
    for (const [k, v] of Object.entries(old)) if (k !== firstKey) next[k] = v;
    (target as Obj)[name] = next;
    return;
  }
  (target as Obj)[last] = value;
}

function deletePath(root: Obj, path: string): void {
  const parts = path.split('.');
  const last = parts.pop()!;
  let target: unknown = root;
  for (const part of parts) target = (target as Obj)[part];
  if (Array.isArray(target)) target.splice(Number(last), 1);
  else delete (target as Obj)[last];
}

/** Every string field a note carries, nested notes included. */
export const STRING_FIELDS = [
  'text',
  'cw',
  'user.name',
  'user.username',
  'user.host',
  'user.avatarUrl',
  'user.avatarBlurhash',
  'user.onlineStatus',
  'user.instance.name',
  'user.instance.softwareName',
  'user.instance.softwareVersion',
  'user.instance.iconUrl',
  'user.instance.faviconUrl',
  'user.instance.themeColor',
  'user.badgeRoles.0.name',
  'user.badgeRoles.0.iconUrl',
  'user.avatarDecorations.0.url',
  'user.emojis{key}',
  'user.emojis{value}',
  'emojis{key}',
  'emojis{value}',
  'reactionEmojis{key}',
  'reactionEmojis{value}',
  'reactions{key}',
  'myReaction',
  'files.0.url',
  'files.0.thumbnailUrl',
  'files.0.name',
  'files.0.comment',
  'files.0.type',
  'files.0.blurhash',
  'files.0.properties.avgColor',
  'poll.choices.0.text',
  'poll.expiresAt',
  'renote.text',
  'renote.cw',
  'renote.user.name',
  'renote.user.username',
  'renote.user.avatarUrl',
  'renote.files.0.url',
  'renote.files.0.name',
  'reply.text',
  'reply.user.name',
  'reply.user.host',
  'channel.name',
  'channel.color',
  'url',
  'uri',
  'visibility',
  'reactionAcceptance',
  'tags.0',
  'mentions.0',
  'userId',
  'replyId',
  'renoteId',
  'channelId',
] as const;

export const URL_FIELDS = [
  'user.avatarUrl',
  'user.instance.iconUrl',
  'user.instance.faviconUrl',
  'user.badgeRoles.0.iconUrl',
  'user.avatarDecorations.0.url',
  'user.emojis{value}',
  'emojis{value}',
  'reactionEmojis{value}',
  'files.0.url',
  'files.0.thumbnailUrl',
  'url',
  'uri',
  'renote.user.avatarUrl',
  'reply.user.avatarUrl',
  'renote.files.0.url',
] as const;

/** Fields Misskey renders as MFM (or that a client might). */
export const MFM_FIELDS = ['text', 'cw', 'user.name', 'poll.choices.0.text', 'renote.text', 'files.0.comment'] as const;

export const UNICODE_FIELDS = ['text', 'cw', 'user.name', 'user.username', 'user.host', 'poll.choices.0.text', 'reactions{key}', 'files.0.name', 'channel.name'] as const;

/** Fields whose type is swapped for another (the note keeps a valid id and createdAt). */
export const TYPED_FIELDS = [
  'text',
  'cw',
  'user',
  'user.id',
  'user.name',
  'user.username',
  'user.host',
  'user.avatarUrl',
  'user.instance',
  'user.instance.name',
  'user.emojis',
  'user.badgeRoles',
  'user.avatarDecorations',
  'user.onlineStatus',
  'files',
  'files.0',
  'files.0.url',
  'files.0.properties',
  'files.0.isSensitive',
  'fileIds',
  'poll',
  'poll.choices',
  'poll.choices.0',
  'poll.choices.0.text',
  'poll.choices.0.votes',
  'renote',
  'renote.user',
  'renote.text',
  'reply',
  'reply.user',
  'channel',
  'channel.name',
  'emojis',
  'reactionEmojis',
  'reactions',
  'reactions{value}',
  'myReaction',
  'tags',
  'mentions',
  'visibility',
  'isHidden',
  'renoteCount',
  'reactionCount',
  'repliesCount',
  'uri',
  'url',
  'localOnly',
  'visibleUserIds',
  'reactionAndUserPairCache',
] as const;

const wrongValues: [string, () => unknown][] = [
  ['null', () => null],
  ['zero', () => 0],
  ['negative', () => -1.5],
  ['1e308', () => 1e308],
  ['true', () => true],
  ['empty-string', () => ''],
  ['string', () => 'not what you expected'],
  ['empty-array', () => []],
  ['array-of-null', () => [null, null]],
  ['empty-object', () => ({})],
  ['array-like', () => ({ length: 4294967295, 0: 'x' })],
  ['nested-arrays', () => [[['deep']], { text: ['x'] }]],
];

const TIME2000 = 946_684_800_000;

/** A Misskey `aidx`-like id: sorts after the stand-in's notes of the same moment. */
function aidx(ms: number, n: number): string {
  return Math.max(0, ms - TIME2000).toString(36).padStart(8, '0') + 'hstl' + (n % 36 ** 4).toString(36).padStart(4, '0');
}

/**
 * The base note, filled out: a remote user with an instance, emojis, badge and decoration; a file, a poll,
 * a channel, reactions, tags; a renote and a reply (quote + reply). Every field a hostile variant attacks exists.
 */
export function enrichBase(base: Obj, evil: string): Obj {
  const img = (name: string) => `${evil}/img/${name}.png`;
  const user: Obj = {
    ...(base.user as Obj),
    name: 'Remote Person',
    username: 'remote',
    host: 'remote.invalid',
    avatarUrl: img('avatar'),
    avatarDecorations: [{ id: 'deco1', url: img('decoration'), angle: 0 }],
    instance: { name: 'Remote', softwareName: 'misskey', softwareVersion: '2026.5.4', iconUrl: img('instance'), faviconUrl: img('favicon'), themeColor: '#86b300' },
    emojis: { blob: img('blob') },
    badgeRoles: [{ name: 'Role', iconUrl: img('role'), displayOrder: 0 }],
  };
  const file = {
    id: 'file1',
    createdAt: base.createdAt,
    name: 'picture.png',
    type: 'image/png',
    md5: '0'.repeat(32),
    size: 100,
    isSensitive: false,
    blurhash: 'eQFRshof5NWBRi},juayfPju53WB]:a{s:j[ayj[fQfQ~qj[WBj[ay',
    properties: { width: 10, height: 10, avgColor: 'rgb(1,2,3)' },
    url: img('file'),
    thumbnailUrl: img('thumb'),
    comment: 'a picture',
    folderId: null,
    userId: user.id,
  };
  const inner = (text: string): Obj => ({ ...clone(base), user: clone(user), text, cw: null, files: [clone(file)], fileIds: ['file1'] });
  return {
    ...clone(base),
    user,
    text: 'Hostile base :blob: @bob #tag https://ok.invalid/page',
    cw: null,
    visibility: 'public',
    emojis: { blob: img('blob') },
    reactionEmojis: { 'blob@remote.invalid': img('blob') },
    reactions: { '👍': 2, ':blob@remote.invalid:': 1 },
    reactionCount: 3,
    myReaction: null,
    files: [file],
    fileIds: ['file1'],
    hasPoll: true,
    poll: { multiple: false, expiresAt: null, choices: [{ text: 'yes', votes: 1, isVoted: false }, { text: 'no', votes: 0, isVoted: false }] },
    tags: ['tag'],
    mentions: [user.id],
    uri: 'https://remote.invalid/notes/1',
    url: 'https://remote.invalid/@remote/1',
    channelId: 'chan1',
    channel: { id: 'chan1', name: 'Channel', color: '#86b300', isSensitive: false, allowRenoteToExternal: true, userId: null },
    renote: inner('renoted text'),
    renoteId: 'rn',
    reply: inner('replied-to text'),
    replyId: 'rp',
  };
}

interface Draft {
  category: HostileCategory;
  field: string;
  label: string;
  /** Builds the note from a fresh copy of the base with this variant's id and time; `previous` = the variants before it. */
  build(note: Obj, n: number, previous: readonly HostileVariant[]): unknown;
}

export function generateHostileNotes(opts: GenerateOptions): HostileVariant[] {
  const { seed, evilOrigin: evil } = opts;
  const startMs = opts.startMs ?? Date.now();
  const base = enrichBase(opts.base, evil);
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const drafts: Draft[] = [];
  const add = (category: HostileCategory, field: string, label: string, build: Draft['build']) => drafts.push({ category, field, label, build });
  const setter = (field: string, value: (n: number) => unknown) => (note: Obj, n: number) => {
    setPath(note, field, value(n));
    return note;
  };

  // Script and HTML in every string field.
  for (let i = 0; i < htmlPayloads(0, evil).length; i++) {
    for (const field of STRING_FIELDS) {
      add('html', field, htmlPayloads(0, evil)[i]!.label, setter(field, (n) => htmlPayloads(n, evil)[i]!.value));
    }
  }
  // Non-http(s) and remote-script URLs in every URL field.
  for (let i = 0; i < urlPayloads(0, evil).length; i++) {
    for (const field of URL_FIELDS) add('url', field, urlPayloads(0, evil)[i]!.label, setter(field, (n) => urlPayloads(n, evil)[i]!.value));
  }
  // MFM: hostile links and functions, and nesting thousands deep.
  for (let i = 0; i < mfmPayloads(0, evil).length; i++) {
    for (const field of MFM_FIELDS) add('mfm', field, mfmPayloads(0, evil)[i]!.label, setter(field, (n) => mfmPayloads(n, evil)[i]!.value));
  }
  for (const payload of unicodePayloads) {
    for (const field of UNICODE_FIELDS) add('unicode', field, payload.label, setter(field, () => payload.value));
  }
  // Huge texts: built once, shared by reference until the note is serialised.
  const kb100 = hugeText(100);
  const mb1 = hugeText(1024);
  for (const field of ['text', 'cw', 'user.name', 'user.username', 'poll.choices.0.text', 'files.0.name', 'reactions{key}', 'channel.name', 'renote.text', 'reply.user.name']) {
    add('huge', field, '100KB', setter(field, () => kb100));
  }
  add('huge', 'text', '100KB-one-word', setter('text', () => hugeText(100, 'word')));
  add('huge', 'text', '100KB-newlines', setter('text', () => hugeText(100, 'lines')));
  add('huge', 'text', '1MB', setter('text', () => mb1));
  add('huge', 'cw', '1MB', setter('cw', () => mb1));
  add('huge', 'user.name', '1MB', setter('user.name', () => mb1));
  add('huge', 'poll.choices', '5000-choices', setter('poll.choices', () => Array.from({ length: 5000 }, (_, i) => ({ text: `choice ${i}`, votes: i, isVoted: false }))));
  add('huge', 'files', '2000-files', (note) => {
    note.files = Array.from({ length: 2000 }, (_, i) => ({ ...(note.files as Obj[])[0], id: `f${i}`, name: `file ${i}` }));
    return note;
  });
  add('huge', 'reactions', '10000-reactions', setter('reactions', () => Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`:e${i}@remote.invalid:`, i]))));

  // Wrong types and missing fields (id and createdAt stay valid, so these reach the renderer).
  for (const field of TYPED_FIELDS) {
    for (const [label, value] of wrongValues) add('type', field, label, setter(field, value));
    if (!field.includes('{')) {
      add('missing', field, 'deleted', (note) => {
        deletePath(note, field);
        return note;
      });
    }
  }

  // Prototype keys: own `__proto__` keys survive JSON and must not pollute anything.
  const polluting = (json: string) => () => JSON.parse(json) as unknown;
  add('proto', 'reactions', '__proto__-key', setter('reactions', polluting('{"__proto__":{"polluted":1},"constructor":2,"toString":3}')));
  add('proto', 'emojis', '__proto__-key', setter('emojis', polluting('{"__proto__":{"polluted":1},"hasOwnProperty":"https://evil.invalid/x.png"}')));
  add('proto', 'reactionEmojis', 'constructor-key', setter('reactionEmojis', polluting('{"constructor":{"prototype":{"polluted":1}},"__proto__":"x"}')));
  add('proto', 'user', '__proto__-key', (note) => JSON.parse(JSON.stringify(note).replace('"user":{', '"user":{"__proto__":{"polluted":1,"isAdmin":true},')) as unknown);
  add('proto', '*', '__proto__-key', (note) => JSON.parse(JSON.stringify(note).replace('{', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},')) as unknown);
  add('proto', 'user.emojis', '__proto__-key', setter('user.emojis', polluting('{"__proto__":{"polluted":1},"valueOf":"x"}')));

  // Hostile ids (still strings) and invalid dates (still strings).
  const hostileIds: [string, (n: number) => string][] = [
    ['__proto__', () => '__proto__'],
    ['constructor', () => 'constructor'],
    ['toString', () => 'toString'],
    ['hasOwnProperty', () => 'hasOwnProperty'],
    ['valueOf', () => 'valueOf'],
    ['html', (n) => `"><img src=x onerror=${canaryJs(n)}>`],
    ['css-selector', () => `'],*,[x='`],
    ['empty', () => ''],
    ['space', () => ' '],
    ['path', () => '../../../etc/passwd'],
    ['rtl', () => '\u202Edi'],
    ['nul', () => 'id\u0000nul'],
    ['100KB', () => 'i'.repeat(100 * 1024)],
  ];
  for (const [label, id] of hostileIds) add('id', 'id', label, setter('id', id));
  const badDates = [
    'not a date',
    '',
    '2026-13-45T99:99:99Z',
    '+275760-09-13T00:00:00.000Z',
    '-271821-04-20T00:00:00.000Z',
    '0000-00-00T00:00:00.000Z',
    '9'.repeat(1000),
    '<script>top.__pwned=-1</script>',
    '2026-01-01T00:00:00.000Z\u202E',
    '1970-01-01T00:00:00.000Z',
    'NaN',
  ];
  for (const date of badDates) add('date', 'createdAt', JSON.stringify(date.slice(0, 24)), setter('createdAt', () => date));
  for (const field of ['renote.createdAt', 'reply.createdAt', 'poll.expiresAt', 'files.0.createdAt', 'deletedAt']) {
    add('date', field, 'not a date', setter(field, () => 'not a date'));
  }

  // Deep and circular-looking chains.
  const chain = (depth: number, key: (level: number) => 'renote' | 'reply', mutate?: (inner: Obj) => void) => (note: Obj) => {
    let cursor = note;
    for (let level = 0; level < depth; level++) {
      const inner: Obj = { ...clone(base.renote as Obj), id: `${String(note.id)}-${level}`, text: `level ${level} <script>${canaryJs(level)}</script>`, renote: null, reply: null };
      mutate?.(inner);
      const k = key(level);
      cursor[k] = inner;
      cursor[`${k}Id`] = inner.id;
      cursor = inner;
    }
    return note;
  };
  add('chain', 'renote', 'renote-50', chain(50, () => 'renote'));
  add('chain', 'reply', 'reply-50', chain(50, () => 'reply'));
  add('chain', 'renote/reply', 'alternating-50', chain(50, (l) => (l % 2 ? 'reply' : 'renote')));
  add('chain', 'renote', 'renote-500', chain(500, () => 'renote'));
  add('chain', 'renote', 'renote-50-no-users', chain(50, () => 'renote', (inner) => delete inner.user));
  add('chain', 'renote', 'pure-renote-of-self', (note) => {
    note.text = null;
    note.cw = null;
    note.files = [];
    note.fileIds = [];
    note.poll = null;
    note.renote = { ...clone(note), renote: null, reply: null };
    note.renoteId = note.id;
    return note;
  });
  add('chain', 'renote/reply', 'same-id-as-note', (note) => {
    (note.renote as Obj).id = note.id;
    (note.reply as Obj).id = note.id;
    return note;
  });
  add('chain', 'renote', 'pure-renote-of-missing-user', (note) => {
    note.text = null;
    note.cw = null;
    note.files = [];
    note.poll = null;
    delete (note.renote as Obj).user;
    return note;
  });

  // Duplicate ids: a repeat of an id already delivered is dropped by the core; the first of a pair passes.
  for (let k = 0; k < 6; k++) {
    add('duplicate', 'id', `repeat-of-delivered-${k}`, (note, n, previous) => ({
      ...note,
      id: previous.filter((v) => v.deliveredId !== null)[k]?.deliveredId ?? note.id,
      text: `<script>${canaryJs(n)}</script> duplicate`,
    }));
  }
  for (let k = 0; k < 4; k++) {
    add('duplicate', 'id', `pair-${k}-first`, (note) => ({ ...note, id: `dup-pair-${k}` }));
    add('duplicate', 'id', `pair-${k}-second`, (note) => ({ ...note, id: `dup-pair-${k}`, text: '<img src=x onerror=top.__pwned=-2>' }));
  }

  // Not notes at all, or without a usable id/createdAt: the core must drop them.
  const structures: [string, (note: Obj) => unknown][] = [
    ['null', () => null],
    ['zero', () => 0],
    ['string', () => '<script>top.__pwned=-3</script>'],
    ['true', () => true],
    ['empty-array', () => []],
    ['array-of-note', (note) => [note]],
    ['empty-object', () => ({})],
    ['id-number', (note) => ({ ...note, id: 12345 })],
    ['id-null', (note) => ({ ...note, id: null })],
    ['id-object', (note) => ({ ...note, id: { toString: 'x' } })],
    ['id-array', (note) => ({ ...note, id: ['a'] })],
    ['no-id', (note) => ({ ...note, id: undefined })],
    ['no-createdAt', (note) => ({ ...note, createdAt: undefined })],
    ['createdAt-number', (note) => ({ ...note, createdAt: startMs })],
    ['createdAt-null', (note) => ({ ...note, createdAt: null })],
    ['createdAt-object', (note) => ({ ...note, createdAt: {} })],
  ];
  for (const [label, build] of structures) add('structure', '*', label, build);

  // Random mixtures: several fields at once, payloads from every pool.
  const combos = opts.combos ?? 300;
  const comboFields = [...STRING_FIELDS, ...URL_FIELDS];
  for (let c = 0; c < combos; c++) {
    const count = 3 + Math.floor(random() * 6);
    const picks: { field: string; pool: 'html' | 'url' | 'mfm' | 'unicode' | 'type'; index: number }[] = [];
    for (let k = 0; k < count; k++) {
      const r = random();
      if (r < 0.12) {
        picks.push({ field: pick(TYPED_FIELDS.filter((f) => !f.includes('{'))), pool: 'type', index: Math.floor(random() * wrongValues.length) });
        continue;
      }
      const pool = r < 0.55 ? 'html' : r < 0.75 ? 'url' : r < 0.9 ? 'mfm' : 'unicode';
      const size = pool === 'html' ? htmlPayloads(0, evil).length : pool === 'url' ? urlPayloads(0, evil).length : pool === 'mfm' ? mfmPayloads(0, evil).length : unicodePayloads.length;
      picks.push({ field: pick(comboFields), pool, index: Math.floor(random() * size) });
    }
    const valueOf = (p: (typeof picks)[number], n: number): Payload | { label: string; value: unknown } => {
      if (p.pool === 'type') return { label: wrongValues[p.index]![0], value: wrongValues[p.index]![1]() };
      if (p.pool === 'unicode') return unicodePayloads[p.index]!;
      const list = p.pool === 'html' ? htmlPayloads(n, evil) : p.pool === 'url' ? urlPayloads(n, evil) : mfmPayloads(n, evil);
      return list[p.index]!;
    };
    add(
      'combo',
      picks.map((p) => p.field).join(','),
      picks.map((p) => `${p.pool}:${valueOf(p, 0).label}`).join(','),
      (note, n) => {
        for (const p of picks) {
          // A wrong type may have removed a container a later pick needs: skip that pick.
          try {
            setPath(note, p.field, valueOf(p, n).value);
          } catch {
            /* container gone */
          }
        }
        return note;
      },
    );
  }

  // Small structural categories first, while the column is short (notes with an invalid date sort to its
  // bottom and would fall off a full column unseen); then the big ones; the random mixtures last.
  const order: HostileCategory[] = ['id', 'date', 'chain', 'proto', 'structure', 'duplicate', 'huge', 'unicode', 'mfm', 'url', 'html', 'type', 'missing', 'combo'];
  const ordered = order.flatMap((category) => drafts.filter((d) => d.category === category));

  // Ids and times, then which ones the core should pass on (a new string id and a string createdAt).
  const seen = new Set<string>();
  const variants: HostileVariant[] = [];
  for (const [n, draft] of ordered.entries()) {
    const fresh = clone(base);
    fresh.id = aidx(startMs + n, n);
    fresh.createdAt = new Date(startMs + n).toISOString();
    (fresh.renote as Obj).id = `${fresh.id as string}-rn`;
    (fresh.reply as Obj).id = `${fresh.id as string}-rp`;
    fresh.renoteId = `${fresh.id as string}-rn`;
    fresh.replyId = `${fresh.id as string}-rp`;
    const note = draft.build(fresh, n, variants);
    const id = isObj(note) && !Array.isArray(note) ? note.id : undefined;
    const createdAt = isObj(note) && !Array.isArray(note) ? note.createdAt : undefined;
    let deliveredId: string | null = null;
    if (typeof id === 'string' && typeof createdAt === 'string' && !seen.has(id)) {
      seen.add(id);
      deliveredId = id;
    }
    variants.push({ n, category: draft.category, field: draft.field, label: draft.label, note, deliveredId });
  }
  return variants;
}

/** Short description of a variant for failure messages. */
export const describeVariant = (v: HostileVariant): string => `#${v.n} ${v.category} ${v.field} = ${v.label}`;
