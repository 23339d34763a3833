/**
 * What has no sandbox equivalent is refused by the validator, with the TypeScript file, line and column the
 * author wrote (mapped back through esbuild's source map), and the build gets no code it could ship.
 */
import test from 'ava';
import { compileSource, formatAll } from './_helpers.ts';
import { lines } from './_macros.ts';

const lib = lines(
  'export function twice(n: number): number {',
  "  if (n < 0) throw new Error('negative');",
  '  return n * 2;',
  '}',
);

const refuses = test.macro({
  async exec(t, source: string, expected: string[]) {
    const result = await compileSource(source, { files: { 'lib.ts': lib } });
    t.deepEqual(formatAll(result), expected);
  },
  title: (provided = '') => provided,
});

test('diagnostics - try/catch points at the try in main.ts', refuses, lines(
  "const log = require('logToConsole');",
  'const parse = (s: string) => {',
  '  try {',
  "    return require('JSON').parse(s);",
  '  } catch (e) {',
  '    return undefined;',
  '  }',
  '};',
  "log(parse('1'));",
), [
  "main.ts:3:3: error: [no-try] `try`/`catch`/`finally` is not allowed in GTM's sandbox; return errors as values (`{ ok: false, error }`)",
]);

test('diagnostics - a class points at its declaration', refuses, lines(
  "const log = require('logToConsole');",
  '',
  'class Counter {',
  '  count = 0;',
  '}',
  'log(Counter);',
), [
  "main.ts:3:1: error: [no-class] class is not allowed in GTM's sandbox (no `new`, no `this`); use object literals and functions",
]);

test('diagnostics - a tagged template (not lowered) points at the tag', refuses, lines(
  "const log = require('logToConsole');",
  'const tag = (s: TemplateStringsArray) => s.length;',
  'log(tag`a${1}b`);',
), [
  "main.ts:3:5: error: [no-template-literal] tagged template is not allowed in GTM's sandbox; concatenate strings with `+`",
]);

test('diagnostics - new Date() is refused twice: new, and the Date global', refuses, lines(
  "const log = require('logToConsole');",
  'const now = new Date();',
  'log(now);',
), [
  "main.ts:2:13: error: [no-new] `new` is not allowed in GTM's sandbox (no constructors); use literals (`{}`, `[]`), or `Promise.create` from `require('Promise')` on the server",
  "main.ts:2:17: error: [unknown-global] `Date` is not a global in GTM's sandbox; use `require('getTimestampMillis')()`",
]);

test('diagnostics - an imported module is reported in its own file and line', refuses, lines(
  "import { twice } from './lib.ts';",
  "const log = require('logToConsole');",
  "log(twice(2), /a+/.test('aa'));",
), [
  "lib.ts:2:14: error: [no-throw] `throw` is not allowed in GTM's sandbox; return an error value (`{ ok: false, error }`) or call `data.gtmOnFailure()`",
  "lib.ts:2:20: error: [no-new] `new` is not allowed in GTM's sandbox (no constructors); use literals (`{}`, `[]`), or `Promise.create` from `require('Promise')` on the server",
  "lib.ts:2:24: error: [unknown-global] `Error` is not a global in GTM's sandbox; declare it in the template",
  "main.ts:3:15: error: [no-regex-literal] regular expression literal `/a+/` is not allowed in GTM's sandbox; pass the pattern as a string to `match`/`search`, or use `createRegex`/`testRegex` on the server",
]);

test('diagnostics - spread in a call has no equivalent and is left for the validator', refuses, lines(
  "const log = require('logToConsole');",
  'const f = (...xs: number[]) => log(...xs);',
  'f(1);',
), [
  "main.ts:2:36: error: [no-spread-rest] spread `...` is not allowed in GTM's sandbox; use `concat` for arrays, a `for…in` copy for objects, and plain arguments for calls",
]);

test('diagnostics - a TypeScript syntax error comes from the bundler', refuses, lines('const x: number = ;'), [
  'main.ts:1:19: error: [bundle] Unexpected ";"',
]);

test('diagnostics - a missing import is reported at the import', refuses, lines("import { x } from './missing.ts';", 'x();'), [
  'main.ts:1:19: error: [bundle] no such in-memory file: missing.ts',
]);

test('diagnostics - a refused construct yields diagnostics, and the code is still printed for inspection', async (t) => {
  const result = await compileSource(lines('const d = new Date();', 'data.gtmOnSuccess(d);'));
  t.is(result.diagnostics.length, 2);
  t.is(result.code, lines('const d = new Date();', 'data.gtmOnSuccess(d);'));
});

test('diagnostics - a namespace import used as a value would need esbuild helpers, refused at the use', async (t) => {
  const result = await compileSource(lines("import * as lib from './lib.ts';", "require('logToConsole')(lib);"), {
    files: { 'lib.ts': lib },
  });
  t.deepEqual(formatAll(result), [
    'main.ts:2:25: error: [esbuild-helper] esbuild had to add `__defProp`, `__export` for a namespace object (`import * as ns` used as a value, or `export * as ns`), which needs getters; import the names you use (`import { a, b } from …`)',
  ]);
  t.is(result.code, '');
});

test('diagnostics - a CommonJS module would need esbuild helpers', async (t) => {
  const result = await compileSource(lines("import { a } from './common.ts';", "require('logToConsole')(a);"), {
    files: { 'common.ts': 'module.exports = { a: 1 };\n' },
  });
  t.deepEqual(formatAll(result), [
    'main.ts:1:19: error: [esbuild-helper] esbuild had to add `__create`, `__getProtoOf`, `__commonJS`, `__toESM`, `__defProp`, `__getOwnPropDesc`, `__getOwnPropNames`, `__hasOwnProp`, `__copyProps` for a CommonJS module (`module.exports`, `require` of a file); write ES modules (`import`/`export`)',
  ]);
});

test('diagnostics - a namespace import used only for members needs no helper', async (t) => {
  const result = await compileSource(lines("import * as lib from './lib.ts';", "require('logToConsole')(lib.twice(2));"), {
    files: { 'lib.ts': lib },
  });
  t.deepEqual(result.diagnostics.map((d) => d.rule), ['no-throw', 'no-new', 'unknown-global']);
  t.is(result.code.split('\n').at(-2), "require('logToConsole')(twice(2));");
});
