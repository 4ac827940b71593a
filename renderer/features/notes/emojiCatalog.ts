/** A set of common unicode emoji for reactions, by group, with names to search by. */
export interface UnicodeEmoji {
  char: string;
  name: string;
}

const group = (spec: string): UnicodeEmoji[] =>
  spec
    .trim()
    .split('\n')
    .map((line) => {
      const [char = '', ...name] = line.trim().split(' ');
      return { char, name: name.join(' ') };
    });

/** The key of custom emojis without a category (shown as "Other" in the active language). */
export const otherCategory = 'Other';

export const unicodeGroups: readonly { id: 'smileys' | 'symbols' | 'nature' | 'food' | 'objects'; name: string; emojis: UnicodeEmoji[] }[] = [
  {
    id: 'smileys',
    name: 'Smileys',
    emojis: group(`
👍 thumbs up like good
❤️ red heart love
😆 laughing grin
🤔 thinking hmm
😮 open mouth surprised wow
🎉 party popper tada celebrate
💢 anger
😥 sad relieved
😇 innocent halo
🍮 pudding custard
😀 grinning smile
😂 joy tears laughing
🥹 holding back tears
😊 blush smile
😍 heart eyes
🥰 smiling hearts
😘 kiss
😋 yum delicious
😎 cool sunglasses
🥳 partying
😭 sob crying
😱 scream fear
😡 angry pouting
🥺 pleading
😴 sleeping
🤯 exploding head mind blown
🙄 eye roll
😳 flushed
🤗 hug
🫠 melting
🙏 pray thanks please
👏 clap applause
🙌 raised hands hooray
💪 flexed biceps strong
👀 eyes looking
🫡 salute
`),
  },
  {
    id: 'symbols',
    name: 'Hearts and symbols',
    emojis: group(`
🧡 orange heart
💛 yellow heart
💚 green heart
💙 blue heart
💜 purple heart
🖤 black heart
🤍 white heart
💯 hundred perfect
✨ sparkles
🔥 fire lit
⭐ star
🌟 glowing star
✅ check done
❌ cross no
⭕ circle yes
❓ question
❗ exclamation
💤 zzz sleep
💡 idea bulb
🆗 ok
`),
  },
  {
    id: 'nature',
    name: 'Animals and nature',
    emojis: group(`
🐱 cat
🐈 cat walking
🐶 dog
🦊 fox
🐰 rabbit bunny
🐻 bear
🐼 panda
🐧 penguin
🐸 frog
🦀 crab
🐟 fish
🌸 cherry blossom sakura
🌻 sunflower
🍀 four leaf clover luck
🌈 rainbow
☀️ sun
🌙 moon
❄️ snowflake
`),
  },
  {
    id: 'food',
    name: 'Food and drink',
    emojis: group(`
🍣 sushi
🍜 ramen noodles
🍙 rice ball onigiri
🍛 curry
🍕 pizza
🍔 burger
🍰 cake
🍩 doughnut
🍪 cookie
🍵 tea
☕ coffee
🍺 beer
🍻 cheers
🍓 strawberry
🍎 apple
`),
  },
  {
    id: 'objects',
    name: 'Activities and objects',
    emojis: group(`
🎂 birthday cake
🎁 gift present
🎮 video game
🎵 music note
🎨 art palette
📚 books
💻 laptop computer
📷 camera
🚀 rocket launch
✈️ airplane
🏠 house home
⏰ alarm clock
💰 money
🔔 bell
📌 pin
`),
  },
];

/** Unicode emoji whose name contains every word of the query. */
export function searchUnicode(query: string, limit = 48): UnicodeEmoji[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const out: UnicodeEmoji[] = [];
  for (const g of unicodeGroups) for (const e of g.emojis) if (words.every((w) => e.name.includes(w)) && out.length < limit) out.push(e);
  return out;
}

export interface CustomEmojiLike {
  name: string;
  aliases?: readonly string[] | null;
  category?: string | null;
}

/** Custom emoji matching a query by name or alias: exact, then prefix, then substring. */
export function searchCustom<E extends CustomEmojiLike>(list: readonly E[], query: string, limit = 48): E[] {
  const q = query.trim().toLowerCase().replace(/^:|:$/g, '');
  if (!q) return [];
  const scored: [number, E][] = [];
  for (const e of list) {
    if (!e || typeof e.name !== 'string') continue;
    const names = [e.name, ...(Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === 'string') : [])].map((n) => n.toLowerCase());
    let score = 0;
    for (const n of names) score = Math.max(score, n === q ? 3 : n.startsWith(q) ? 2 : n.includes(q) ? 1 : 0);
    if (score > 0) scored.push([score, e]);
  }
  return scored
    .sort((a, b) => b[0] - a[0] || a[1].name.length - b[1].name.length || a[1].name.localeCompare(b[1].name))
    .slice(0, limit)
    .map(([, e]) => e);
}

/** Custom emoji grouped by category (uncategorised last), categories in first-seen order. */
export function byCategory<E extends CustomEmojiLike>(list: readonly E[]): [string, E[]][] {
  const groups = new Map<string, E[]>();
  for (const e of list) {
    if (!e || typeof e.name !== 'string') continue;
    const key = typeof e.category === 'string' && e.category.trim() ? e.category : '';
    const arr = groups.get(key) ?? [];
    arr.push(e);
    groups.set(key, arr);
  }
  const named = [...groups].filter(([k]) => k !== '');
  const other = groups.get('');
  return other ? [...named, [otherCategory, other]] : named;
}
