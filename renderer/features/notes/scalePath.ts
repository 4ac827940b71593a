/** How many numbers each SVG path command takes. */
const arity: Record<string, number> = { m: 2, l: 2, t: 2, h: 1, v: 1, c: 6, s: 4, q: 4, a: 7, z: 0 };
const token = /([MLTHVCSQAZmlthvcsqaz])|(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)/g;

/**
 * SVG path data with every length multiplied by `factor` (an arc's rotation and flags are not
 * lengths). Drawing at 1:1 keeps the icon's SVG root free of a viewBox transform.
 */
export function scalePath(d: string, factor: number): string {
  const out: string[] = [];
  let command = '';
  let index = 0;
  for (const [, letter, number] of d.matchAll(token)) {
    if (letter) {
      command = letter.toLowerCase();
      index = 0;
      out.push(letter);
      continue;
    }
    const n = arity[command] ?? 0;
    const position = n > 0 ? index % n : 0;
    index++;
    const isArcAngleOrFlag = command === 'a' && position >= 2 && position <= 4;
    out.push(isArcAngleOrFlag ? number! : String(Math.round(Number(number) * factor * 1000) / 1000));
  }
  return out.join(' ').replace(/ (?=[MLTHVCSQAZmlthvcsqaz])|(?<=[MLTHVCSQAZmlthvcsqaz]) /g, '');
}
