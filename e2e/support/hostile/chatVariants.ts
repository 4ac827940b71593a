import { htmlPayloads, hugeText, mfmPayloads, unicodePayloads, urlPayloads, type Payload } from './payloads';

// Hostile chat messages, from the same payloads as the hostile notes: the text, the sender's names and
// avatar, the file, the reactions, and messages of the wrong shape. Each is one raw message object as a
// hostile server would send it on `chatUser` or in `chat/messages/user-timeline`.

type Obj = Record<string, unknown>;

export interface ChatVariant {
  n: number;
  category: 'text' | 'link' | 'sender' | 'file' | 'reactions' | 'malformed';
  label: string;
  message: unknown;
  /** Has what every Misskey chat message has (string id, createdAt, fromUserId; text a string or null): must be shown. */
  mustShow: boolean;
  id: string | null;
}

export interface ChatVariantOptions {
  /** A real 1:1 lite message from the other user (the stand-in's answer), every variant starts from it. */
  base: Obj;
  /** The other user as `users/show` answers (a UserLite's fields are enough). */
  sender: Obj;
  evilOrigin: string;
  /** Ids are `${base.id}${prefix}${n}`: after the base, in the order made. */
  prefix: string;
}

export const describeChatVariant = (v: ChatVariant): string => `#${v.n} ${v.category} ${v.label}`;

export function generateHostileChat({ base, sender, evilOrigin, prefix }: ChatVariantOptions): ChatVariant[] {
  const out: ChatVariant[] = [];
  const add = (category: ChatVariant['category'], label: string, make: (id: string, n: number) => unknown, mustShow = true) => {
    const n = out.length + 1;
    const id = `${String(base.id)}${prefix}${String(n).padStart(4, '0')}`;
    const message = make(id, n);
    out.push({ n, category, label, message, mustShow, id: mustShow ? id : null });
  };
  const msg = (id: string, fields: Obj): Obj => ({ ...base, id, createdAt: new Date().toISOString(), ...fields });
  const evilFile = (fields: Obj): Obj => ({ id: 'evilfile', name: 'x.png', type: 'image/png', url: `${evilOrigin}/img/x.png`, thumbnailUrl: null, isSensitive: false, size: 1, ...fields });
  const payloadsOf = (n: number): Payload[] => [...htmlPayloads(n, evilOrigin), ...mfmPayloads(n, evilOrigin), ...unicodePayloads];

  for (const p of payloadsOf(0)) add('text', p.label, (id, n) => msg(id, { text: payloadsOf(n).find((q) => q.label === p.label)!.value }));
  add('text', 'huge-100kb-words', (id) => msg(id, { text: hugeText(100) }));
  add('text', 'huge-100kb-one-word', (id) => msg(id, { text: hugeText(100, 'word') }));
  for (const p of urlPayloads(0, evilOrigin)) {
    add('link', `mfm-link ${p.label}`, (id, n) => msg(id, { text: `[click](${urlPayloads(n, evilOrigin).find((q) => q.label === p.label)!.value}) ?[silent](${p.value})` }));
  }
  for (const p of [...htmlPayloads(0, evilOrigin), ...unicodePayloads]) {
    add('sender', `name+username ${p.label}`, (id, n) => {
      const value = [...htmlPayloads(n, evilOrigin), ...unicodePayloads].find((q) => q.label === p.label)!.value;
      return msg(id, { fromUser: { ...sender, name: value, username: value, host: value } });
    });
  }
  for (const p of urlPayloads(0, evilOrigin)) {
    add('sender', `avatarUrl ${p.label}`, (id, n) => msg(id, { fromUser: { ...sender, avatarUrl: urlPayloads(n, evilOrigin).find((q) => q.label === p.label)!.value } }));
    add('file', `url ${p.label}`, (id, n) => {
      const url = urlPayloads(n, evilOrigin).find((q) => q.label === p.label)!.value;
      return msg(id, { text: 'file', file: evilFile({ url, thumbnailUrl: url }) });
    });
  }
  add('file', 'name html', (id, n) => msg(id, { file: evilFile({ name: htmlPayloads(n, evilOrigin)[0]!.value, type: 'text/html' }) }));
  add('file', 'not an object', (id, n) => msg(id, { text: 'file', file: `javascript:${n}` }));
  add('file', 'wrong types', (id) => msg(id, { text: 'file', file: { id: 1, url: {}, type: [] } }));
  // Reactions carry a small user, so the frame stays under the 16 MB the core's socket accepts.
  const reactor = { id: String(sender.id), username: String(sender.username), name: null, host: null, avatarUrl: null };
  add('reactions', '20000 distinct', (id) => msg(id, { text: 'reactions', reactions: Array.from({ length: 20_000 }, (_, i) => ({ user: reactor, reaction: `:r${i}:` })) }));
  add('reactions', '20000 the same', (id) => msg(id, { text: 'reactions', reactions: Array.from({ length: 20_000 }, () => ({ user: reactor, reaction: '👍' })) }));
  add('reactions', 'html and huge strings', (id, n) => msg(id, { text: 'reactions', reactions: [...htmlPayloads(n, evilOrigin).map((p) => ({ user: reactor, reaction: p.value })), { reaction: 'x'.repeat(100_000) }] }));
  add('reactions', 'not an array', (id) => msg(id, { text: 'reactions', reactions: { length: 1e9 } }));
  add('reactions', 'wrong entries', (id) => msg(id, { text: 'reactions', reactions: [null, 5, 'x', { reaction: 7 }, { reaction: ':ok:', user: 'bob' }, { reaction: ':ok:', user: reactor }] }));
  add('malformed', 'createdAt not a date', (id) => msg(id, { createdAt: 'yesterday <script>' }));
  add('malformed', 'createdAt far future', (id) => msg(id, { createdAt: '+275760-09-13T00:00:00.001Z' }));
  add('malformed', 'fromUser a string', (id) => msg(id, { fromUser: 'bob' }));
  add('malformed', 'prototype pollution', (id) => JSON.parse(`{"id":"${id}","createdAt":"${new Date().toISOString()}","fromUserId":"${String(base.fromUserId)}","text":"proto","__proto__":{"polluted":true,"isAdmin":true},"constructor":{"prototype":{"polluted":true}}}`));
  const broken: [string, (id: string) => unknown][] = [
    ['null', () => null],
    ['number', () => 42],
    ['string', () => '<script>top.__pwned=1</script>'],
    ['array', (id) => [msg(id, {})]],
    ['empty object', () => ({})],
    ['no id', (id) => ({ ...msg(id, {}), id: undefined })],
    ['id a number', (id) => msg(id, { id: 5 })],
    ['no createdAt', (id) => ({ ...msg(id, {}), createdAt: undefined })],
    ['createdAt a number', (id) => msg(id, { createdAt: 1e20 })],
    ['text a number', (id) => msg(id, { text: 5 })],
    ['text an object', (id) => msg(id, { text: { toString: 'x' } })],
    ['toUserId an object', (id) => msg(id, { toUserId: { id: 'x' } })],
    ['no fromUserId', (id) => ({ ...msg(id, {}), fromUserId: undefined })],
  ];
  for (const [label, make] of broken) add('malformed', label, make, false);
  return out;
}
