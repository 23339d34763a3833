/**
 * GTM's member rules, applied by the runtime type of the receiver (research/gtm-sandbox.md §1.4, the standard
 * library's "exhaustive list"): strings and arrays have only their whitelisted methods, `length` and index access;
 * numbers, booleans and objects have `toString` as their only built-in; everything else is an object's own
 * property. Prototype lookups never happen, so `constructor`, `__proto__` and `prototype` are unreachable.
 */
import { SandboxError } from './errors.ts';
import { indexKeysInDictionary } from './boundary.ts';

export const stringMethods: readonly string[] = [
  'charAt', 'concat', 'indexOf', 'lastIndexOf', 'match', 'replace', 'search', 'slice', 'split', 'substring',
  'toLowerCase', 'toLocaleLowerCase', 'toString', 'toUpperCase', 'toLocaleUpperCase', 'trim',
];

export const arrayMethods: readonly string[] = [
  'concat', 'every', 'filter', 'forEach', 'indexOf', 'join', 'lastIndexOf', 'map', 'pop', 'push', 'reduce',
  'reduceRight', 'reverse', 'shift', 'slice', 'some', 'sort', 'splice', 'toString', 'unshift',
];

/** Receiver kinds and the built-in methods each one has (a set: every sandboxed member call looks here). */
const builtins: Record<Kind, { methods: ReadonlySet<string>; proto: Record<string, unknown> }> = {
  string: { methods: new Set(stringMethods), proto: String.prototype as unknown as Record<string, unknown> },
  array: { methods: new Set(arrayMethods), proto: Array.prototype as unknown as Record<string, unknown> },
  number: { methods: new Set(['toString']), proto: Number.prototype as unknown as Record<string, unknown> },
  boolean: { methods: new Set(['toString']), proto: Boolean.prototype as unknown as Record<string, unknown> },
  // `hasOwnProperty` is outside the documented list but published templates call it and their tests pass in GTM
  // (research §1.4 "Observed deviations"; corpus: stape query-replacer, ga4-to-eec), so objects keep it.
  object: { methods: new Set(['toString', 'hasOwnProperty']), proto: Object.prototype as unknown as Record<string, unknown> },
  function: { methods: new Set(), proto: {} },
};

type Kind = 'string' | 'array' | 'number' | 'boolean' | 'object' | 'function';

const kindName: Record<Kind, string> = {
  string: 'String', array: 'Array', number: 'Number', boolean: 'Boolean', object: 'Object', function: 'Function',
};

function kindOf(value: unknown): Kind | 'null' | 'undefined' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean' || t === 'function' || t === 'undefined') return t;
  if (t === 'object') return 'object';
  return 'undefined';
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** A canonical array index ("0", "17", not "01" or "1e3"); by character codes, as it runs on every indexed access. */
function isIndex(key: string): boolean {
  const n = key.length;
  if (n === 0 || n > 10) return false;
  const first = key.charCodeAt(0);
  if (first === 48) return n === 1;
  if (first < 49 || first > 57) return false;
  for (let i = 1; i < n; i += 1) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return n < 10 || Number(key) < 4294967295;
}

function keyString(key: unknown): string {
  return typeof key === 'string' ? key : String(key);
}

function describeKey(key: string): string {
  return JSON.stringify(key);
}

/**
 * Turns an API-made handle (an object) into what a native method takes (createRegex's handle → its RegExp); other
 * values are passed as they are.
 */
export type NativeArgument = (value: unknown) => unknown;
const asIs: NativeArgument = (value) => value;

/** `receiver[key]` under the sandbox's rules. */
export function getMember(receiver: unknown, rawKey: unknown, native: NativeArgument = asIs): unknown {
  // The two commonest reads, answered as the general path below would, without turning a number key into a
  // string and back: an element by integer index, an object's own property by name.
  if (typeof rawKey === 'number') {
    if ((typeof receiver === 'string' || Array.isArray(receiver)) && rawKey >= 0 && rawKey < 4294967295 && Math.floor(rawKey) === rawKey) {
      return (receiver as ArrayLike<unknown>)[rawKey];
    }
  } else if (typeof rawKey === 'string' && typeof receiver === 'object' && receiver !== null && !Array.isArray(receiver) && hasOwn(receiver, rawKey)) {
    return (receiver as Record<string, unknown>)[rawKey];
  }
  const key = keyString(rawKey);
  const kind = kindOf(receiver);
  if (kind === 'null' || kind === 'undefined') {
    throw new SandboxError(`Cannot read property ${describeKey(key)} of ${kind}`);
  }
  if (kind === 'string') {
    const s = receiver as string;
    if (key === 'length') return s.length;
    if (isIndex(key)) return s[Number(key)];
  } else if (kind === 'array') {
    const a = receiver as unknown[];
    if (key === 'length') return a.length;
    if (isIndex(key)) return a[Number(key)];
  } else if (kind === 'object' && hasOwn(receiver as object, key)) {
    return (receiver as Record<string, unknown>)[key];
  }
  const spec = builtins[kind];
  if (spec.methods.has(key)) {
    const method = spec.proto[key] as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => method.apply(receiver, kind === 'string' ? args.map(native) : args);
  }
  return undefined;
}

/** String methods get API handles as native values; arguments without an object (nearly all) are passed as they are. */
function nativeArgs(args: unknown[], native: NativeArgument): unknown[] {
  for (const arg of args) if (typeof arg === 'object' && arg !== null) return args.map(native);
  return args;
}

/**
 * The function `receiver[key](...)` calls: a built-in of the receiver's type, or an own property holding a
 * function. String built-ins take API handles as native values (`nativeArgs`); nothing else does.
 */
export function memberFunction(receiver: unknown, rawKey: unknown): (...args: unknown[]) => unknown {
  const key = keyString(rawKey);
  const kind = kindOf(receiver);
  if (kind === 'null' || kind === 'undefined') {
    throw new SandboxError(`Cannot call method ${describeKey(key)} of ${kind}`);
  }
  const own = kind === 'object' && hasOwn(receiver as object, key);
  if (!own && kind !== 'function') {
    const spec = builtins[kind];
    if (spec.methods.has(key)) return spec.proto[key] as (...a: unknown[]) => unknown;
    if (kind !== 'object' && !(kind === 'array' && isIndex(key))) {
      throw new SandboxError(`${kindName[kind]} method ${describeKey(key)} is not available in sandboxed JavaScript`);
    }
  }
  const fn = getMember(receiver, key);
  if (typeof fn !== 'function') throw new SandboxError(`${describeKey(key)} is not a function`);
  return fn as (...a: unknown[]) => unknown;
}

/** `receiver[key](...args)`: a built-in of the receiver's type, or an own property holding a function. */
export function callMember(receiver: unknown, rawKey: unknown, args: unknown[], native: NativeArgument = asIs): unknown {
  const fn = memberFunction(receiver, rawKey);
  return fn.apply(receiver, typeof receiver === 'string' ? nativeArgs(args, native) : args);
}

/** One argument of a String built-in: an API handle as its native value. */
export function nativeArg(value: unknown, native: NativeArgument): unknown {
  return typeof value === 'object' && value !== null ? native(value) : value;
}

/** `receiver[key] = value`: an own data property of an object or an array element; never a setter or prototype. */
export function setMember(receiver: unknown, rawKey: unknown, value: unknown): unknown {
  const key = keyString(rawKey);
  const kind = kindOf(receiver);
  if (kind === 'null' || kind === 'undefined') {
    throw new SandboxError(`Cannot set property ${describeKey(key)} of ${kind}`);
  }
  if (kind === 'array') {
    if (key !== 'length' && !isIndex(key)) throw new SandboxError(`Cannot set property ${describeKey(key)} of an array`);
    const a = receiver as unknown[];
    if (Object.isFrozen(a)) return value;
    if (key === 'length') a.length = Number(value);
    else a[Number(key)] = value;
    return value;
  }
  if (kind !== 'object') throw new SandboxError(`Cannot set property ${describeKey(key)} of a ${kind}`);
  const o = receiver as Record<string, unknown>;
  // A frozen object (Object.freeze) ignores writes, as non-strict JavaScript does.
  if (Object.isFrozen(o)) return value;
  if (hasOwn(o, key)) {
    // An own data property (sandboxed objects have no accessors): plain assignment is the same write, without
    // allocating a descriptor; it reaches no prototype setter since the property is the object's own.
    o[key] = value;
    return value;
  }
  if (!Object.isExtensible(o)) return value;
  // A new own data property. Sandboxed objects inherit only from a realm's Object.prototype, whose one setter is
  // "__proto__"; every other key lands as an own writable property by assignment, without a descriptor object.
  if (key === '__proto__') Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
  else {
    // A map keyed by ids ("730"): index keys from 10 up go to a dictionary first, not a V8 array sized to the key.
    if (key.length > 1 && isIndex(key)) indexKeysInDictionary(o);
    o[key] = value;
  }
  return value;
}

const compound: Record<string, (a: unknown, b: unknown) => unknown> = {
  '+=': (a, b) => (a as number) + (b as number),
  '-=': (a, b) => (a as number) - (b as number),
  '*=': (a, b) => (a as number) * (b as number),
  '/=': (a, b) => (a as number) / (b as number),
  '%=': (a, b) => (a as number) % (b as number),
  '<<=': (a, b) => (a as number) << (b as number),
  '|=': (a, b) => (a as number) | (b as number),
  '^=': (a, b) => (a as number) ^ (b as number),
  '&=': (a, b) => (a as number) & (b as number),
  '>>=': (a, b) => (a as number) >> (b as number),
  '>>>=': (a, b) => (a as number) >>> (b as number),
};

export function updateMember(receiver: unknown, key: unknown, operator: string, value: unknown): unknown {
  const op = compound[operator];
  if (op === undefined) throw new SandboxError(`operator "${operator}" is not supported in sandboxed JavaScript`);
  return setMember(receiver, key, op(getMember(receiver, key), value));
}

export function incrementMember(receiver: unknown, key: unknown, delta: number, prefix: boolean): unknown {
  const before = Number(getMember(receiver, key));
  setMember(receiver, key, before + delta);
  return prefix ? before + delta : before;
}

export function callValue(fn: unknown, args: unknown[]): unknown {
  return callableValue(fn)(...args);
}

/** `fn` itself when it can be called; the sandbox's error otherwise. */
export function callableValue(fn: unknown): (...a: unknown[]) => unknown {
  if (typeof fn !== 'function') throw new SandboxError(`${describeValue(fn)} is not a function`);
  return fn as (...a: unknown[]) => unknown;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}
