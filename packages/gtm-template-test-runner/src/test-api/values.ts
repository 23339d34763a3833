/** Deep equality and display of sandbox values for assertions. Functions compare by identity (after unwrapping boundary wrappers). */

export type Unwrap = (value: unknown) => unknown;

export function deepEqual(a: unknown, b: unknown, unwrap: Unwrap = (v) => v): boolean {
  if (typeof a === 'function' || typeof b === 'function') return unwrap(a) === unwrap(b);
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => deepEqual(v, b[i], unwrap));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && deepEqual(ra[k], rb[k], unwrap));
}

/** A short, readable rendering: strings quoted, `undefined`/`NaN`/`Infinity` as such, functions as `function`. */
export function formatValue(value: unknown, depth = 0): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'function') return 'function';
  if (typeof value !== 'object' || value === null) return String(value);
  if (depth > 4) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) return `[${value.map((v) => formatValue(v, depth + 1)).join(', ')}]`;
  const entries = Object.keys(value).map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${formatValue((value as Record<string, unknown>)[k], depth + 1)}`);
  return entries.length === 0 ? '{}' : `{${entries.join(', ')}}`;
}

export function sandboxType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
