/**
 * Object (web and server; no permission): keys, values, entries, freeze, delete (Google's API page).
 * - keys/values/entries: own enumerable properties in for…in order; a primitive is coerced to an object
 *   (`keys('ab')` → ['0', '1']); `null`/`undefined` give [] [Inf: JavaScript would throw].
 * - freeze: freezes and returns the same object; primitives and null are returned as they are.
 * - delete(obj, key): removes a top-level key; `true` when the object is not frozen (even if the key is absent),
 *   `false` otherwise — for frozen objects, non-objects and arrays ("cannot remove array elements") [Inf: `false`
 *   for arrays]. A dotted key is one key, not a path.
 * freeze and delete act on the caller's own object: the engine must pass their arguments by reference (see
 * `byReference` in index.ts).
 */

const isObjectLike = (v: unknown): v is object => (typeof v === 'object' && v !== null) || typeof v === 'function';

export const ObjectApi = {
  keys: (input: unknown): string[] => (input === null || input === undefined ? [] : Object.keys(input)),
  values: (input: unknown): unknown[] => (input === null || input === undefined ? [] : Object.values(input)),
  entries: (input: unknown): [string, unknown][] => (input === null || input === undefined ? [] : Object.entries(input)),
  freeze: <T>(input: T): T => (isObjectLike(input) ? Object.freeze(input) : input),
  delete(input: unknown, key: unknown): boolean {
    if (!isObjectLike(input) || Array.isArray(input) || Object.isFrozen(input)) return false;
    const name = typeof key === 'string' ? key : String(key);
    if (Object.prototype.hasOwnProperty.call(input, name)) Reflect.deleteProperty(input, name);
    return true;
  },
};
