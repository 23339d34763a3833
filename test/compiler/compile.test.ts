/** The compile pipeline as a whole: requires, module syntax, test scenarios, contexts, determinism. */
import test from 'ava';
import { bundleSource, compileSource, formatAll, requireAlias, run } from './_helpers.ts';
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

test('compile - an API required by several modules is required once, every reference reads the first binding', async (t) => {
  const source = lines(
    "import { encode, parse } from './lib.ts';",
    "const JSON = require('JSON');",
    "const log = require('logToConsole');",
    'const keys = { JSON2: 1 };',
    'log(encode({ a: 1 }), parse(\'[2]\'), JSON.stringify(keys), { JSON }.JSON === JSON);',
  );
  const result = await compileSource(source, {
    files: {
      'lib.ts': lines(
        "const JSON = require('JSON');",
        "const log = require('logToConsole');",
        'export const encode = (v: unknown) => JSON.stringify(v);',
        'export const parse = (s: string): unknown => { log(s); return JSON.parse(s); };',
      ),
    },
  });
  t.deepEqual(formatAll(result), []);
  t.is(
    result.code,
    lines(
      "const JSON = require('JSON');",
      "const log = require('logToConsole');",
      'const encode = v => JSON.stringify(v);',
      'const parse = s => {',
      '  log(s);',
      '  return JSON.parse(s);',
      '};',
      'const keys = { JSON2: 1 };',
      "log(encode({ a: 1 }), parse('[2]'), JSON.stringify(keys), ({ JSON: JSON }).JSON === JSON);",
    ),
  );
  t.deepEqual(result.requires, ['JSON', 'logToConsole']);
  t.deepEqual(
    [...result.requireSites].map(([api, at]) => `${api} ${at.file}:${at.line}:${at.column}`),
    ['JSON lib.ts:1:13', 'logToConsole lib.ts:2:12'],
  );
  t.deepEqual(run(result.code), [['[2]'], ['{"a":1}', [2], '{"JSON2":1}', true]]);
});

test('compile - esbuild names nested bindings apart from top-level ones, so the merged program means the same', async (t) => {
  // The bundle renames the parameter `J` to `J2` (it would shadow the top-level `J`); `K` then merges into `J`.
  // The cases where a nested name does shadow the first one (compiler-made code) are in require-calls.test.ts.
  const source = lines(
    "const log = require('logToConsole');",
    "const J = require('JSON');",
    "const K = require('JSON');",
    'function show(J: string) { return K.stringify(J); }',
    "log(J.stringify('a'), show('b'));",
  );
  const result = await compileSource(source);
  t.deepEqual(formatAll(result), []);
  t.is(
    result.code,
    lines(
      "const log = require('logToConsole');",
      "const J = require('JSON');",
      'function show(J2) {',
      '  return J.stringify(J2);',
      '}',
      "log(J.stringify('a'), show('b'));",
    ),
  );
  t.deepEqual(run(result.code), [['"a"', '"b"']]);
  t.deepEqual(run(await bundleSource(source), {}, requireAlias), [['"a"', '"b"']]);
});

test('compile - a setup file keeps the requires it exports: scenarios read them by name', async (t) => {
  const setup = await compileSource(lines("export const J = require('JSON');", "export const K = require('JSON');"), { role: 'test' });
  t.deepEqual(formatAll(setup), []);
  t.is(setup.code, lines("const J = require('JSON');", "const K = require('JSON');"));
  t.deepEqual(setup.declared, ['J', 'K']);
});
