/**
 * The realm the boundary makes its copies in. Sandboxed code runs in a `node:vm` context of its own (sandbox.ts),
 * so the objects and arrays it makes belong to that context, while a copy made by host code belonged to the host:
 * V8 gives the two realms' objects different shapes, so the template's property reads saw two shapes where one
 * would do, and a `for…of` over a host array, whose iterator is another realm's built-in, ran the iterator
 * protocol in full (an allocated result per item) instead of the loop V8 makes of it for its own arrays. A copy
 * made in the sandbox's realm is what sandboxed code makes itself. Nothing the sandbox can observe changes: it
 * reaches no prototypes, and host code takes plain objects of either realm (boundary.ts `isPlainObject`).
 */
import vm from 'node:vm';

export interface PlainRealm {
  /** A new empty plain object of this realm. */
  object(): Record<string, unknown>;
  /** A new empty array of this realm. */
  array(): unknown[];
  /**
   * A function returning a new value of the JavaScript literal `source` (plain data: literal-copy.ts) at each call,
   * made of this realm's objects; null when the literal cannot be compiled.
   */
  literal(source: string): (() => unknown) | null;
}

/** The host's own realm: what copies are made of when no sandbox realm is given (a boundary of tests, of the page). */
export const hostRealm: PlainRealm = {
  object: () => ({}),
  array: () => [],
  literal: (source) => compiledOrNull(() => new Function(`'use strict'; return ${source};`) as () => unknown),
};

/**
 * The realm of a vm context. The makers are compiled in the context, so each object and array is that context's
 * own literal. The context may forbid code generation from strings: that binds code running in it, not the host
 * compiling into it, as sandbox.ts does for the template.
 */
export function contextRealm(context: vm.Context): PlainRealm {
  const makers = vm.runInContext(`({ object: function () { return {}; }, array: function () { return []; } })`, context) as Pick<PlainRealm, 'object' | 'array'>;
  return {
    object: makers.object,
    array: makers.array,
    literal: (source) => compiledOrNull(() => vm.runInContext(`(function () { 'use strict'; return ${source}; })`, context) as () => unknown),
  };
}

/** Null for a literal the compiler refuses (code generation from strings turned off, nesting too deep to parse). */
function compiledOrNull(compile: () => () => unknown): (() => unknown) | null {
  try {
    return compile();
  } catch {
    return null;
  }
}
