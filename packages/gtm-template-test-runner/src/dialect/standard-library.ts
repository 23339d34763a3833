/**
 * GTM's standard library: the built-in methods each sandbox type has (Google's "exhaustive list",
 * research/gtm-sandbox.md §1.4), and the well-known JavaScript methods it lacks, with what to use instead.
 */

export const stringMembers: readonly string[] = [
  'charAt', 'concat', 'indexOf', 'lastIndexOf', 'match', 'replace', 'search', 'slice', 'split', 'substring',
  'toLowerCase', 'toLocaleLowerCase', 'toString', 'toUpperCase', 'toLocaleUpperCase', 'trim', 'length',
];

export const arrayMembers: readonly string[] = [
  'concat', 'every', 'filter', 'forEach', 'indexOf', 'join', 'lastIndexOf', 'map', 'pop', 'push', 'reduce',
  'reduceRight', 'reverse', 'shift', 'slice', 'some', 'sort', 'splice', 'toString', 'unshift', 'length',
];

/** Number, Boolean and Object values have `toString` only. */
export const numberMembers: readonly string[] = ['toString'];

/**
 * Methods of JavaScript's String, Array, Number, Object and Function prototypes that GTM's sandbox does not have.
 * No sandbox type has them, so `x.name(...)` is refused whatever `x` is (an object's own property of such a name is
 * refused too: rename it). Value: what to write instead.
 */
export const missingMethods: Readonly<Record<string, string>> = {
  // String
  charCodeAt: 'look the character up in an alphabet string with `indexOf`',
  codePointAt: 'look the character up in an alphabet string with `indexOf`',
  includes: 'use `indexOf(...) !== -1`',
  startsWith: 'use `indexOf(...) === 0`',
  endsWith: 'compare `slice(-n)` with the suffix',
  padStart: 'prepend in a `while` loop',
  padEnd: 'append in a `while` loop',
  repeat: 'concatenate in a loop',
  substr: 'use `substring` or `slice`',
  trimStart: 'use `trim`',
  trimEnd: 'use `trim`',
  trimLeft: 'use `trim`',
  trimRight: 'use `trim`',
  normalize: 'not available; compare the strings as they are',
  localeCompare: 'compare with `<` and `>`',
  matchAll: 'use `match` in a loop',
  replaceAll: 'use `split(...).join(...)`',
  at: 'use index access `x[i]`',
  // Array
  find: 'use `filter(...)[0]` or a loop',
  findIndex: 'use a `for` loop',
  findLast: 'use a `for` loop from the end',
  findLastIndex: 'use a `for` loop from the end',
  flat: 'concatenate with `concat` in a loop',
  flatMap: 'use `map` and `concat`',
  fill: 'push in a loop',
  copyWithin: 'copy in a loop',
  keys: "use `Object.keys` (`require('Object')`) or an index loop",
  entries: "use `Object.entries` (`require('Object')`) or an index loop",
  toReversed: 'copy with `slice()` then `reverse()`',
  toSorted: 'copy with `slice()` then `sort()`',
  toSpliced: 'copy with `slice()` then `splice()`',
  with: 'copy with `slice()` then assign',
  // Number
  toFixed: 'round with `Math.round` and pad the string yourself',
  toPrecision: 'round with `Math.round` and pad the string yourself',
  toExponential: 'format the number yourself',
  toLocaleString: 'use `toString`',
  // Object and Function
  hasOwnProperty: "use `Object.keys(o).indexOf(k) !== -1` or `o[k] !== undefined`",
  isPrototypeOf: 'not available: the sandbox has no prototypes',
  propertyIsEnumerable: "use `Object.keys` (`require('Object')`)",
  valueOf: 'use the value itself',
  call: 'call the function directly',
  apply: 'call the function directly (pass `arguments` on with `callInWindow` where you must)',
  bind: 'use a closure',
};
