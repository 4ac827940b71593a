// Misskey `aidx` layout (what the recorded server used): 8 base36 chars of ms since 2000-01-01,
// 4 chars of node id, 4 chars of counter. Lexical order == creation order.
const TIME2000 = 946_684_800_000;
const NODE = 'stnd';
let counter = 0;

export function genId(time: number = Date.now()): string {
  const t = Math.max(0, time - TIME2000).toString(36).padStart(8, '0');
  counter = (counter + 1) % 36 ** 4;
  return t + NODE + counter.toString(36).padStart(4, '0');
}

export function idToTime(id: string): number {
  return parseInt(id.slice(0, 8), 36) + TIME2000;
}
