import { invalidParam } from '../errors';

// Messages are Ajv's, with Misskey's `#/properties/<name>/<keyword>` param paths.

export function optString(body: Record<string, unknown>, key: string, nullable = false): string | null | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  if (v === null && nullable) return null;
  if (typeof v !== 'string') throw invalidParam(`#/properties/${key}/type`, nullable ? 'must be string,null' : 'must be string');
  return v;
}

export function requiredString(body: Record<string, unknown>, key: string): string {
  if (body[key] === undefined) throw invalidParam('#/required', `must have required property '${key}'`);
  return optString(body, key) as string;
}

export function optInt(body: Record<string, unknown>, key: string, min?: number, max?: number): number | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw invalidParam(`#/properties/${key}/type`, 'must be integer');
  if (min !== undefined && v < min) throw invalidParam(`#/properties/${key}/minimum`, `must be >= ${min}`);
  if (max !== undefined && v > max) throw invalidParam(`#/properties/${key}/maximum`, `must be <= ${max}`);
  return v;
}

export function optBool(body: Record<string, unknown>, key: string): boolean | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean') throw invalidParam(`#/properties/${key}/type`, 'must be boolean');
  return v;
}

export function optEnum<T extends string>(body: Record<string, unknown>, key: string, values: readonly T[]): T | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  if (!values.includes(v as T)) throw invalidParam(`#/properties/${key}/enum`, 'must be equal to one of the allowed values');
  return v as T;
}

/** Ajv counts code points, not UTF-16 units. */
export function codePoints(s: string): number {
  return [...s].length;
}
