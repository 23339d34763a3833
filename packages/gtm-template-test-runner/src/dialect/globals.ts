/**
 * The globals the sandbox gives (research/gtm-sandbox.md §1.1, §4.2) and what to use instead of the familiar
 * JavaScript globals it does not give.
 */
import type { ValidateOptions } from './api.ts';

/** The template's code is the body of a function of `data`; `require` is the only global function. */
const templateGlobals: readonly string[] = ['data', 'require', 'undefined'];

/** Test code (`___TESTS___` setup and scenarios) has the test API instead of `data` (research §4.2). */
const testGlobals: readonly string[] = ['require', 'undefined', 'runCode', 'mock', 'mockObject', 'assertApi', 'assertThat', 'fail'];

export function globalsFor(role: ValidateOptions['role']): readonly string[] {
  return role === 'template' ? templateGlobals : testGlobals;
}

/** What to write instead of a JavaScript global the sandbox lacks. */
export const globalAdvice: Readonly<Record<string, string>> = {
  parseInt: "use `require('makeInteger')` (decimal) or an alphabet lookup (other radixes)",
  parseFloat: "use `require('makeNumber')`",
  Number: "use `require('makeNumber')`",
  String: "use `require('makeString')` (and no `String.fromCharCode`: use an alphabet string)",
  Boolean: 'use `!!value`',
  isNaN: "compare `require('makeString')(x) === 'NaN'`",
  isFinite: 'compare with the largest value you accept',
  NaN: "compare `require('makeString')(x) === 'NaN'`",
  Infinity: 'use a large literal bound',
  Array: "there is no `Array.isArray`/`Array.from`: use `require('getType')(x) === 'array'` and array literals",
  Object: "declare `const Object = require('Object')` (keys, values, entries, freeze, delete)",
  JSON: "declare `const JSON = require('JSON')`",
  Math: "declare `const Math = require('Math')`",
  Promise: "on the server, declare `const Promise = require('Promise')` (create, all); web templates have no Promise",
  Date: "use `require('getTimestampMillis')()`",
  RegExp: "use string patterns with `match`/`search`, or `createRegex`/`testRegex` on the server",
  console: "use `require('logToConsole')`",
  setTimeout: "use `require('callLater')`",
  encodeURIComponent: "use `require('encodeUriComponent')`",
  decodeURIComponent: "use `require('decodeUriComponent')`",
  encodeURI: "use `require('encodeUri')`",
  decodeURI: "use `require('decodeUri')`",
  btoa: "use `require('toBase64')`",
  atob: "use `require('fromBase64')`",
  window: "read with `require('copyFromWindow')`, write with `require('setInWindow')`, call with `require('callInWindow')`",
  document: 'not reachable from a template; use the APIs (`readTitle`, `getUrl`, `injectScript`…)',
  globalThis: 'no global object in the sandbox; use `copyFromWindow`/`setInWindow`',
  arguments: 'only inside a `function` (not an arrow function, not at the top level)',
};
