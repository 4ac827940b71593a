/**
 * Removes anything that looks like a credential before a log line is written. The core never logs
 * tokens on purpose; this is the second line of defence for what slips through (a URL with `?i=`,
 * a request body, an error that quotes a header).
 */
export const redacted = '[redacted]';

/** Field names whose value is a secret whatever it looks like. */
const secretKeys = /^(i|token|accesstoken|access_token|refreshtoken|refresh_token|authorization|password|secret|apikey|api_key|session)$/i;

const textPatterns: Array<[RegExp, string]> = [
  // Authorization: Bearer abc…  /  bearer abc…
  [/\b(Bearer)\s+[^\s"',;]+/gi, `$1 ${redacted}`],
  // "i":"…", "token": "…", 'accessToken':'…' (JSON or JS-ish text)
  [/((?<![\w$-])["']?(?:i|token|access_?token|refresh_?token|password|secret|api_?key)["']?\s*[:=]\s*)(["'])(?:\\.|(?!\2).)*\2/gi, `$1$2${redacted}$2`],
  // ?i=…&  &token=…  (query strings, form bodies)
  [/([?&;](?:i|token|access_token|session)=)[^&#\s"']*/gi, `$1${redacted}`],
];

/** `text` with every credential-looking part replaced. */
export function redactText(text: string): string {
  let result = text;
  for (const [pattern, replacement] of textPatterns) result = result.replace(pattern, replacement);
  return result;
}

const maxDepth = 8;

/**
 * A JSON-safe copy of `value` with secrets removed: secret-named fields blanked, strings scrubbed,
 * errors reduced to name, message and stack, cycles and deep nesting cut off.
 */
export function redactValue(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'function' || typeof value === 'symbol') return `<${typeof value}>`;
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '<circular>';
  if (depth >= maxDepth) return '<too deep>';
  seen.add(value);
  try {
    if (value instanceof Error) {
      const result: Record<string, unknown> = { name: value.name, message: redactText(value.message) };
      if (value.stack !== undefined) result.stack = redactText(value.stack);
      return result;
    }
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1, seen));
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      result[key] = secretKeys.test(key) && item !== null && item !== undefined && item !== '' ? redacted : redactValue(item, depth + 1, seen);
    }
    return result;
  } finally {
    seen.delete(value);
  }
}
