/**
 * makeString, makeNumber, makeInteger, getType (web and server; no permission).
 *
 * Google documents only "converts the given value to a string / number / number (integer)" and getType's eight
 * results. Where that leaves a case open the behaviour is JavaScript's `String(v)` / `Number(v)`, computed here
 * without ever calling a method of the value (a sandbox object's own `toString` is data, not a hook):
 * - makeString: `null` → "null", `undefined` → "undefined", arrays join their elements with "," (null and
 *   undefined elements as ""), objects → "[object Object]", functions → "function" [Inf].
 * - makeNumber: strings as `Number(s)` ("" → 0, " 12 " → 12, "0x1f" → 31, "12px" → NaN), booleans 1/0,
 *   `null` → 0, `undefined` → NaN, arrays and objects through makeString.
 * - makeInteger: makeNumber, then truncated toward zero ("42.9" → 42, -3.7 → -3); NaN and ±Infinity stay as they
 *   are [Inf: community notes agree on "42.9" → 42 and "abc" → NaN; whether "12px" gives 12 is not known, NaN here].
 */

export type SandboxType = 'string' | 'number' | 'boolean' | 'null' | 'undefined' | 'array' | 'object' | 'function';

export function getType(value: unknown): SandboxType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean' || t === 'undefined' || t === 'function') return t;
  return 'object';
}

export function makeString(value: unknown): string {
  return stringOf(value, new Set());
}

function stringOf(value: unknown, seen: Set<unknown>): string {
  switch (getType(value)) {
    case 'array': {
      // A cyclic array prints its inner occurrence as "", as Array.prototype.join does.
      if (seen.has(value)) return '';
      seen.add(value);
      const out = (value as unknown[]).map((v) => (v === null || v === undefined ? '' : stringOf(v, seen))).join(',');
      seen.delete(value);
      return out;
    }
    case 'object':
      return '[object Object]';
    case 'function':
      return 'function';
    default:
      return String(value);
  }
}

export function makeNumber(value: unknown): number {
  switch (getType(value)) {
    case 'number':
      return value as number;
    case 'boolean':
      return value ? 1 : 0;
    case 'null':
      return 0;
    case 'undefined':
    case 'function':
      return Number.NaN;
    default:
      return Number(makeString(value));
  }
}

export function makeInteger(value: unknown): number {
  return Math.trunc(makeNumber(value));
}
