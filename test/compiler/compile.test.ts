/** The compile pipeline as a whole: requires, module syntax, test scenarios, contexts, determinism. */
import test from 'ava';
import { compileSource, formatAll, run } from './_helpers.ts';
import { lines } from './_macros.ts';

test('compile - require calls stay literal, are hoisted above library code, and are listed sorted', async (t) => {
  const result = await compileSource(
    lines(
      "import { label } from './lib.ts';",
      "const log = require('logToConsole');",
      "const JSON = require('JSON');",
      "log(JSON.stringify({ a: label('x') }));",
      'data.gtmOnSuccess();',
    ),
    { files: { 'lib.ts': lines("const makeString = require('makeString');", "export const label = (s: string) => makeString(s) + '!';") } },
  );
  t.deepEqual(formatAll(result), []);
  t.is(
    result.code,
    lines(
      "const makeString = require('makeString');",
      "const log = require('logToConsole');",
      "const JSON = require('JSON');",
      "const label = s => makeString(s) + '!';",
      "log(JSON.stringify({ a: label('x') }));",
      'data.gtmOnSuccess();',
    ),
  );
  t.deepEqual(result.requires, ['JSON', 'logToConsole', 'makeString']);
  t.deepEqual(
    [...result.requireSites].map(([api, at]) => `${api} ${at.file}:${at.line}:${at.column}`),
    ['makeString lib.ts:1:19', 'logToConsole main.ts:2:12', 'JSON main.ts:3:13'],
  );
});

test('compile - data.gtmOnSuccess() and data.gtmOnFailure() stay literal member calls', async (t) => {
  const result = await compileSource(
    lines('declare const data: { ok: boolean; gtmOnSuccess(): void; gtmOnFailure(): void };', 'if (data.ok) data.gtmOnSuccess();', 'else data.gtmOnFailure();'),
  );
  t.is(result.code, lines('if (data.ok) data.gtmOnSuccess();', 'else data.gtmOnFailure();'));
});

test('compile - top-level const that esbuild turned into var is given back; reassigned names stay var', async (t) => {
  const result = await compileSource(lines('const a = 1;', 'let b = 2;', 'let c = 3;', 'c = c + a + b;', "require('logToConsole')(c);"));
  t.is(result.code, lines('const a = 1;', 'const b = 2;', 'var c = 3;', 'c = c + a + b;', "require('logToConsole')(c);"));
  t.deepEqual(run(result.code), [[6]]);
});

test('compile - numbers print in plain decimal, strings in single quotes', async (t) => {
  const result = await compileSource(lines("require('logToConsole')(1000, 0xff, 1_000_000, 0.5, \"it's\", 'say \"hi\"');"));
  t.is(result.code, lines("require('logToConsole')(1000, 255, 1000000, 0.5, 'it\\'s', 'say \"hi\"');"));
});

test('compile - exported names of the entry are dropped, the declarations kept', async (t) => {
  const result = await compileSource(lines('export const a = 1;', 'export function f() { return a; }', "require('logToConsole')(f());"));
  t.deepEqual(formatAll(result), []);
  t.is(result.code, lines('const a = 1;', 'function f() {', '  return a;', '}', "require('logToConsole')(f());"));
});

test('compile - a test scenario reads setup bindings as its own globals', async (t) => {
  const result = await compileSource(
    lines("import { mockData } from './setup.ts';", 'runCode(mockData);', "assertApi('gtmOnSuccess').wasCalled();"),
    { role: 'test', files: { 'setup.ts': 'export const mockData = {};' } },
  );
  t.deepEqual(formatAll(result), []);
  t.is(result.code, lines('runCode(mockData);', "assertApi('gtmOnSuccess').wasCalled();"));
});

test('compile - a setup binding imported under another name is refused', async (t) => {
  const result = await compileSource(lines("import { mockData as d } from './setup.ts';", 'runCode(d);'), {
    role: 'test',
    files: { 'setup.ts': 'export const mockData = {};' },
  });
  t.deepEqual(formatAll(result), [
    "main.ts:1:10: error: [setup-import] import setup bindings by their own names (`import { mockData } from './setup.ts'`): GTM runs setup in the scenario's scope",
  ]);
});

test('compile - test globals are refused in template code', async (t) => {
  const result = await compileSource(lines('runCode({});'));
  t.deepEqual(formatAll(result), [
    "main.ts:1:1: error: [unknown-global] `runCode` is not a global in GTM's sandbox; declare it in the template",
  ]);
});

test('compile - Promise is a server API, refused on the web', async (t) => {
  const source = lines("const Promise = require('Promise');", 'Promise.create((resolve: (v: number) => void) => resolve(1));');
  t.deepEqual(formatAll(await compileSource(source, { context: 'server' })), []);
  const web = await compileSource(source, { context: 'web' });
  t.deepEqual(web.diagnostics.map((d) => d.rule), ['no-promise-on-web']);
});

test('compile - the same sources compile to the same bytes', async (t) => {
  const source = lines(
    'declare const data: { o?: { a?: number[] } };',
    "const log = require('logToConsole');",
    'const { a = [] } = data.o ?? {};',
    'log(`n=${a.length}`, [...a, 2 ** 3], { ...data.o });',
  );
  const first = await compileSource(source);
  const second = await compileSource(source);
  t.deepEqual(formatAll(first), []);
  t.is(first.code, second.code);
  t.deepEqual(run(first.code, { o: { a: [1] } }), [['n=1', [1, 8], { a: [1] }]]);
});

test('compile - a scenario redeclaring a setup name is refused at the TypeScript line', async (t) => {
  const result = await compileSource(lines("const log = require('logToConsole');", 'runCode({});', 'log(1);'), {
    role: 'test',
    sharedScope: ['log', 'mockData'],
  });
  t.deepEqual(formatAll(result), [
    "main.ts:1:7: error: [setup-collision] `log` is also declared by setup, and setup and scenario run as one program; import it from './setup.ts' instead",
  ]);
});

test("compile - the compiler's own names avoid the shared scope's", async (t) => {
  const result = await compileSource(lines("import { mockData } from './setup.ts';", 'runCode({ ...mockData });'), {
    role: 'test',
    files: { 'setup.ts': 'export const mockData = {};' },
    sharedScope: ['mockData', 'objectSpread'],
  });
  t.deepEqual(formatAll(result), []);
  t.is(result.code.split('\n')[0], 'runCode(objectSpread2({}, mockData));');
  t.deepEqual(result.declared, ['objectSpread2']);
});
