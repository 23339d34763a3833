/**
 * Type test for web template code (tsconfig.sandbox-web.json, run by `npm run typecheck`): each `@ts-expect-error`
 * line must be an error, every other line must type-check.
 */
export {};

const sendPixel = require('sendPixel');
const getType = require('getType');
const JSON = require('JSON');
const Math = require('Math');
const Object = require('Object');
const getQueryParameters = require('getQueryParameters');
const localStorage = require('localStorage');

sendPixel('https://example.invalid/p', () => undefined, () => undefined);
sendPixel('https://example.invalid/p');
const kind: SandboxTypeName = getType([]);
const parsed: unknown = JSON.parse('{}');
const floor: number = Math.floor(Math.pow(2, 3) / 3);
const keys: string[] = Object.keys({ a: 1 });
Object.delete({ a: 1 }, 'a');
const one: string | undefined = getQueryParameters('a');
const all: string[] = getQueryParameters('a', true);
const stored: string | null = localStorage.getItem('k');
const text: string = 'abc'.charAt(0) + 'abc'.substring(1).toUpperCase() + 'a,b'.split(',').join('') + (255).toString(16);
const hasB: boolean = 'abc'.indexOf('b') !== -1 && [1, 2].indexOf(2) !== -1;
const mapped: number[] = [1, 2, 3].map((n) => n * 2).filter((n) => n > 2).slice(0);
const total: number = [1, 2].reduce((sum, n) => sum + n, 0);
const matched: string[] | null = 'abc'.match('^a');
function count(): number {
  return arguments.length;
}

// String: only the whitelisted methods.
// @ts-expect-error charCodeAt is not in GTM's standard library
'x'.charCodeAt(0);
// @ts-expect-error includes is not in GTM's standard library
'x'.includes('x');
// @ts-expect-error startsWith is not in GTM's standard library
'x'.startsWith('x');
// @ts-expect-error padStart is not in GTM's standard library
'x'.padStart(2, '0');
// @ts-expect-error substr is not in GTM's standard library
'x'.substr(0, 1);
// Array: only the whitelisted methods.
// @ts-expect-error includes is not in GTM's standard library
[1].includes(1);
// @ts-expect-error find is not in GTM's standard library
[1].find((n) => n === 1);
// @ts-expect-error flat is not in GTM's standard library
[[1]].flat();
// Number: toString only.
// @ts-expect-error toFixed is not in GTM's standard library
(1).toFixed(2);
// Functions: no call/apply/bind.
// @ts-expect-error bind is not in GTM's standard library
count.bind(undefined);
// Objects: no hasOwnProperty.
// @ts-expect-error hasOwnProperty is not in GTM's standard library
({ a: 1 }).hasOwnProperty('a');
// API objects have only their sandbox members.
// @ts-expect-error Math has no random in the sandbox: use generateRandom
Math.random();
// @ts-expect-error Object has no assign in the sandbox
Object.assign({}, {});
// require: only this context's API names.
// @ts-expect-error not an API
require('notAnApi');
// @ts-expect-error Promise is a server API
require('Promise');
// @ts-expect-error claimRequest is a server API
require('claimRequest');
// @ts-expect-error wrong argument type
sendPixel(42);
// No globals besides require (and data, typed per template).
// @ts-expect-error parseInt is not a sandbox global
parseInt('1');
// @ts-expect-error window is not a sandbox global
window.location;
// @ts-expect-error the test API is not visible to template code
runCode({});
// @ts-expect-error no String() global: use makeString
String(1);
// @ts-expect-error no Array.isArray: use getType(x) === 'array'
Array.isArray([]);
// @ts-expect-error no Date: use getTimestampMillis
new Date();
// @ts-expect-error no console: use require('logToConsole')
console.log('x');

export const uses = [kind, parsed, floor, keys, one, all, stored, text, hasB, mapped, total, matched];
