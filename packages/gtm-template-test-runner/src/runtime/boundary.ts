/**
 * The sandbox boundary (research/gtm-sandbox.md §1.1): values that cross it (API arguments and results, `data`,
 * values set in or read from the fake window) are copied. Plain data is deep-copied; functions are wrapped so
 * their arguments and results are copied in turn; class instances and cyclic structures become `undefined`, as
 * GTM replaces "arguments that violate these restrictions". A wrapper crossing back gives its original again, so
 * a function keeps its identity for `wasCalledWith`. Opaque handles made by APIs (a regex from `createRegex`, a
 * sandbox promise, an auth object) cross unchanged. Copies are made in one realm, the sandbox's where there is
 * one (plain-realm.ts).
 */
import { hostRealm, type PlainRealm } from './plain-realm.ts';

export interface Boundary {
  /** Copies a value across (either direction). */
  copy(value: unknown): unknown;
  /** Marks a value made by an API as an opaque handle that crosses unchanged. */
  opaque<T extends object>(value: T): T;
  /** Whether `value` crosses unchanged (marked by `opaque`, or opaque by the boundary's options). */
  isOpaque(value: object): boolean;
  /** The function a wrapper stands for (deeply, in arrays and objects), for recording and comparison. */
  original(value: unknown): unknown;
  /** The realm copies are made in (literal-copy.ts compiles its copies there too). */
  readonly realm: PlainRealm;
}

class Cycle {}

/** The largest array index: set and deleted at once, it leaves an object's indexed properties in dictionary mode. */
const LAST_ARRAY_INDEX = 4294967294;

/**
 * An empty object for a copy whose keys are `keys`. Keys that are array indices come first in `Object.keys`; when
 * there are any, the copy keeps its indexed properties in a dictionary: V8 otherwise gives an object a ~9 KB array
 * on its first index key below ~1,100 (a GVL vendor id such as "730"), for every copy of such a map. Either way
 * nothing of this is observable: the key is gone before the copy is filled.
 */
function emptyCopyFor(keys: string[], realm: PlainRealm): Record<string, unknown> {
  const out = realm.object();
  if (keys.length > 0 && startsWithDigit(keys[0] as string)) indexKeysInDictionary(out);
  return out;
}

/** A key that may be an array index ("730"): `Object.keys` lists such keys first. */
export function startsWithDigit(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/**
 * Objects whose indexed properties were put in a dictionary: a map keyed by ids gets one write per id, and only
 * the first needs the set and delete (V8 keeps a sparse dictionary as it is; were it ever to make the elements an
 * array again, that would cost memory, never a different answer).
 */
const inDictionary = new WeakSet<object>();

/**
 * Puts an object's indexed properties in a dictionary (nothing observable changes): V8 otherwise gives a plain
 * object a ~9 KB array on its first index key below ~1,100, such as a GVL vendor id. Used for copies (above) and
 * for sandboxed code's own writes of such keys (members.ts setMember).
 */
export function indexKeysInDictionary(o: object): void {
  if (inDictionary.has(o)) return;
  (o as Record<number, unknown>)[LAST_ARRAY_INDEX] = undefined;
  delete (o as Record<number, unknown>)[LAST_ARRAY_INDEX];
  inDictionary.add(o);
}

/**
 * Every value any boundary marked opaque (a promise, an auth object): marks are per boundary, but a value kept in
 * storage outlives its execution, and a copy made for all executions (literal-copy.ts) must keep it too.
 */
const markedByAnyBoundary = new WeakSet<object>();

export function wasMarkedOpaque(value: object): boolean {
  return markedByAnyBoundary.has(value);
}

/** Strings, numbers, booleans, undefined, null, symbols, bigints: values that cross as themselves. */
function isPrimitive(value: unknown): boolean {
  return (typeof value !== 'object' && typeof value !== 'function') || value === null;
}

/** A plain object of either realm (host or vm context): its prototype is a realm's Object.prototype, or it has none. */
export function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null) return true;
  return Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === '[object Object]';
}

export interface BoundaryOptions {
  /** Values made elsewhere that must cross unchanged (e.g. createRegex's handles). */
  isOpaque?: (value: object) => boolean;
  /** The realm copies are made in: the sandbox's (sandbox.ts `SandboxRealm.plain`); the host's by default. */
  realm?: PlainRealm;
}

export function createBoundary(options: BoundaryOptions = {}): Boundary {
  const realm = options.realm ?? hostRealm;
  const wrapperOf = new WeakMap<Function, Function>();
  const originalOf = new WeakMap<Function, Function>();
  const marked = new WeakSet<object>();
  const opaqueValues = { has: (v: object): boolean => marked.has(v) || (options.isOpaque?.(v) ?? false) };

  const wrap = (fn: Function): Function => {
    const back = originalOf.get(fn);
    if (back !== undefined) return back;
    const existing = wrapperOf.get(fn);
    if (existing !== undefined) return existing;
    const wrapper = (...args: unknown[]): unknown => copy((fn as (...a: unknown[]) => unknown)(...args.map(copy)));
    wrapperOf.set(fn, wrapper);
    originalOf.set(wrapper, fn);
    return wrapper;
  };

  // `stack` holds the objects being copied, outermost first (the cycle check). An array, not a Set: values that
  // cross are a few levels deep, where a scan of the path beats hashing every object (a Set per copy was a
  // sizeable share of a server request's boundary time). Depth is bounded by the call stack anyway.
  const copyInner = (value: unknown, stack: object[]): unknown => {
    if (typeof value === 'function') return opaqueValues.has(value) ? value : wrap(value);
    if (typeof value !== 'object' || value === null) return value;
    if (opaqueValues.has(value)) return value;
    if (stack.indexOf(value) !== -1) throw new Cycle();
    if (Array.isArray(value)) {
      stack.push(value);
      // A hole is copied as undefined (GTM's arrays have none); `push` keeps the copy a packed array.
      const out = realm.array();
      for (let i = 0; i < value.length; i += 1) {
        const item: unknown = value[i];
        // Primitives (most of what crosses) are themselves: no call of copyInner for them.
        out.push(isPrimitive(item) ? item : copyInner(item, stack));
      }
      stack.pop();
      return out;
    }
    if (!isPlainObject(value)) return undefined;
    stack.push(value);
    const keys = Object.keys(value);
    const out = emptyCopyFor(keys, realm);
    for (const key of keys) {
      const member = (value as Record<string, unknown>)[key];
      const copied = isPrimitive(member) ? member : copyInner(member, stack);
      // An own data property either way; only "__proto__" would reach Object.prototype's setter by assignment.
      if (key === '__proto__') Object.defineProperty(out, key, { value: copied, writable: true, enumerable: true, configurable: true });
      else out[key] = copied;
    }
    stack.pop();
    return out;
  };

  // The path of the copy under way, kept for the next: every copy empties it again, so a copy allocates no path of
  // its own (a server request copies some thirty objects). A copy begun while another is under way (a getter
  // calling back) takes a path of its own instead.
  const path: object[] = [];
  function copy(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) {
      if (typeof value !== 'function') return value;
      return opaqueValues.has(value) ? value : wrap(value);
    }
    const stack = path.length === 0 ? path : [];
    try {
      return copyInner(value, stack);
    } catch (error) {
      stack.length = 0;
      if (error instanceof Cycle) return undefined;
      throw error;
    }
  }

  const original = (value: unknown, seen = new Set<object>()): unknown => {
    if (typeof value === 'function') return originalOf.get(value) ?? value;
    if (typeof value !== 'object' || value === null || opaqueValues.has(value) || seen.has(value)) return value;
    seen.add(value);
    if (Array.isArray(value)) return value.map((v) => original(v, seen));
    if (!isPlainObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = original((value as Record<string, unknown>)[key], seen);
    return out;
  };

  return {
    copy,
    opaque(value) {
      marked.add(value);
      markedByAnyBoundary.add(value);
      return value;
    },
    original: (value) => original(value),
    isOpaque: (value) => opaqueValues.has(value),
    realm,
  };
}
