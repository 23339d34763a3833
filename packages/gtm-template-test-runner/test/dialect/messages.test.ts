import test from 'ava';
import type { ExecutionContext } from 'ava';
import { validateSandboxCode } from '../../src/dialect/validate.ts';
import { formatDiagnostic } from '../../src/diagnostics.ts';

const message = test.macro({
  exec(t: ExecutionContext, code: string, context: 'web' | 'server', expected: string[]) {
    t.deepEqual(validateSandboxCode(code, { file: 'm.js', context, role: 'template' }).map(formatDiagnostic), expected);
  },
  title: (_provided, code: string) => `messages - ${code.replace(/\n/g, ' ')}`,
});

test(message, "var i = data.list.includes('a');", 'web', [
  "m.js:1:9: error: [method-not-in-standard-library] `data.list.includes()` is not in GTM's standard library; use `indexOf(...) !== -1`",
]);
test(message, "var c = 'abc'.charCodeAt(0);", 'web', [
  "m.js:1:9: error: [method-not-in-standard-library] `'abc'.charCodeAt()` is not in GTM's standard library (String); look the character up in an alphabet string with `indexOf`",
]);
test(message, 'var n = [1, 2].length + [1].at(0);', 'web', [
  "m.js:1:25: error: [method-not-in-standard-library] `[…].at()` is not in GTM's standard library (Array); use index access `x[i]`",
]);
test(message, "var s = 'abc'.bold();", 'web', [
  "m.js:1:9: error: [method-not-in-standard-library] `'abc'.bold()` is not in GTM's standard library (String); use one of charAt, concat, indexOf, lastIndexOf, match, replace, search, slice, split, substring, toLowerCase, toLocaleLowerCase, toString, toUpperCase, toLocaleUpperCase, trim, length",
]);
test(message, "const Math = require('Math');\nvar r = Math.random();", 'web', [
  "m.js:2:9: error: [method-not-in-standard-library] `Math.random()` is not in GTM's `Math` API; use `require('generateRandom')(min, max)`",
]);
test(message, "var k = require('Object').keys(data);\nvar r = require('Math').random();", 'web', [
  "m.js:2:9: error: [method-not-in-standard-library] `require(…).random()` is not in GTM's `Math` API; use `require('generateRandom')(min, max)`",
]);
test(message, 'var ok = Array.isArray(data.x) && parseInt(data.y);', 'web', [
  "m.js:1:10: error: [unknown-global] `Array` is not a global in GTM's sandbox; there is no `Array.isArray`/`Array.from`: use `require('getType')(x) === 'array'` and array literals",
  "m.js:1:35: error: [unknown-global] `parseInt` is not a global in GTM's sandbox; use `require('makeInteger')` (decimal) or an alphabet lookup (other radixes)",
]);
test(message, "sendPixel('https://example.com/p');", 'web', [
  "m.js:1:1: error: [unknown-global] `sendPixel` is not a global in GTM's sandbox; get it with `const sendPixel = require('sendPixel')`",
]);
test(message, "const Promise = require('Promise');", 'web', [
  "m.js:1:17: error: [no-promise-on-web] `require('Promise')` is not available in web templates (server only); use the APIs' callbacks (`onSuccess`, `onFailure`)",
]);
test(message, "const claimRequest = require('claimRequest');", 'web', [
  "m.js:1:22: error: [require-unknown-api] `require('claimRequest')`: 'claimRequest' is not a GTM web API (it is a server API); see https://developers.google.com/tag-platform/tag-manager/templates/api",
]);
test(message, "const sendPixel = require('sendPixel');", 'server', [
  "m.js:1:19: error: [require-unknown-api] `require('sendPixel')`: 'sendPixel' is not a GTM server API (it is a web API); see https://developers.google.com/tag-platform/tag-manager/server-side/api",
]);
test(message, "const r = require;\nr('sendPixel');", 'web', [
  "m.js:1:11: error: [require-literal-argument] `require` must be called directly, as `require('apiName')`; do not pass it around or rename it",
]);
test(message, 'delete data.list[0];', 'web', [
  "m.js:1:1: error: [no-delete] `delete` is not allowed in GTM's sandbox; use `Object.delete(data.list, 0)` with `const Object = require('Object')`",
]);
test(message, 'var v = data.a >>> 0;', 'web', [
  "m.js:1:9: error: [no-bitwise-unverified] bitwise `>>>` is not verified in GTM's sandbox (refused until verified); use arithmetic (`Math.floor(x / 2)`, `x % 2`) or `|`, `^`, `<<`",
]);
test(message, 'var f = function (a = 1, ...rest) { return a; };', 'web', [
  "m.js:1:19: error: [no-default-parameter] default parameter `a = …` is not allowed in GTM's sandbox; write `if (a === undefined) a = …;`",
  "m.js:1:26: error: [no-spread-rest] rest parameter `...` is not allowed in GTM's sandbox; read the extra arguments from `arguments`",
]);
test(message, 'var {a, b: [c = 1]} = data;', 'web', [
  "m.js:1:5: error: [no-destructuring] object destructuring is not allowed in GTM's sandbox; read each property into its own variable (`var a = o.a;`)",
]);
test(message, 'var t = tag`x`;', 'web', [
  "m.js:1:9: error: [no-template-literal] tagged template is not allowed in GTM's sandbox; concatenate strings with `+`",
  "m.js:1:9: error: [unknown-global] `tag` is not a global in GTM's sandbox; declare it in the template",
]);
test(message, 'var x = 0b101 + 0o7 + 10n;', 'web', [
  "m.js:1:9: error: [no-modern-number-literal] number literal `0b101` is not allowed in GTM's sandbox; write it in decimal or hex (`5`)",
  "m.js:1:17: error: [no-modern-number-literal] number literal `0o7` is not allowed in GTM's sandbox; write it in decimal or hex (`7`)",
  "m.js:1:23: error: [no-modern-number-literal] BigInt literal `10n` is not allowed in GTM's sandbox; use a number",
]);
test(message, 'var o = { f() { return 1; } };', 'web', [
  "m.js:1:11: error: [no-object-literal-shorthand] method shorthand `f() {}` is not allowed in GTM's sandbox; write `f: function () {}`",
]);
test(message, 'async function f() { await data.p; for await (const x of data.l) {} }', 'server', [
  "m.js:1:1: error: [no-async] `async` function is not allowed in GTM's sandbox; return a promise and chain `.then()` (server only)",
  "m.js:1:36: error: [no-async] `for await` is not allowed in GTM's sandbox; chain `.then()` (server only)",
]);
test(message, 'var a = await data.p;', 'server', [
  "m.js:1:15: error: [syntax] Unexpected token (the code must parse as a function body)",
]);
