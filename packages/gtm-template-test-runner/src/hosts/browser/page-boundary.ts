/**
 * The boundary between a template and a real page. The runner's boundary (`runtime/boundary.ts`) turns class
 * instances into `undefined`; page scripts hand such objects to templates all the time: the IAB CMP library's
 * `tcData` is an instance of its `TCData` class. GTM's published CMP and vendor templates read `tcData` fields
 * from exactly such CMPs through `callInWindow('__tcfapi', …)`, so in a page an object crosses as a copy of its
 * own enumerable properties [inferred from those templates working]. Here page values are made plain first
 * (deeply; arguments of calls from the page and results of page functions), then copied by the runner's boundary.
 */
import type { Boundary } from '../../runtime/boundary.ts';

type AnyFunction = (...args: unknown[]) => unknown;

function plainDeep(value: unknown, isOpaque: (value: object) => boolean, seen: Set<object> = new Set()): unknown {
  if (typeof value !== 'object' || value === null || isOpaque(value) || seen.has(value)) return value;
  seen.add(value);
  let out: unknown;
  if (Array.isArray(value)) {
    out = value.map((item) => plainDeep(item, isOpaque, seen));
  } else {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) copy[key] = plainDeep((value as Record<string, unknown>)[key], isOpaque, seen);
    out = copy;
  }
  seen.delete(value);
  return out;
}

export function pageBoundary(inner: Boundary, isOpaque: (value: object) => boolean): Boundary {
  const outward = new WeakMap<AnyFunction, AnyFunction>();
  const back = new WeakMap<AnyFunction, AnyFunction>();
  const plain = (value: unknown): unknown => plainDeep(value, isOpaque);

  const copy = (value: unknown): unknown => {
    if (typeof value !== 'function') return inner.copy(plain(value));
    const fn = value as AnyFunction;
    const original = back.get(fn);
    if (original !== undefined) return original;
    if (isOpaque(fn)) return inner.copy(fn);
    const known = outward.get(fn);
    if (known !== undefined) return known;
    const crossed = inner.copy((...args: unknown[]) => plain(fn(...args))) as AnyFunction;
    const wrapper = (...args: unknown[]): unknown => crossed(...args.map(plain));
    outward.set(fn, wrapper);
    back.set(wrapper, fn);
    return wrapper;
  };

  return {
    copy,
    opaque: (value) => inner.opaque(value),
    isOpaque: (value) => isOpaque(value) || inner.isOpaque(value),
    original: (value) => (typeof value === 'function' ? back.get(value as AnyFunction) ?? inner.original(value) : inner.original(value)),
    realm: inner.realm,
  };
}
