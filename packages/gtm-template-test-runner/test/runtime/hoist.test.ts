import test from 'ava';
import { parse, type Node as AcornNode } from 'acorn';
import { loadDefaultRuntime } from '../../src/run.ts';
import { loadTemplate } from '../../src/runtime/execute.ts';
import type { AnyNode } from '../../src/runtime/fast-paths.ts';
import { planHoisting } from '../../src/runtime/hoist.ts';
import { createRealm } from '../../src/runtime/sandbox.ts';
import { runningSteps, unboundedSteps } from '../../src/runtime/scheduler.ts';
import { createRecordingIo } from '../../src/runtime/io.ts';
import type { TemplateFile } from '../../src/tpl/types.ts';

/**
 * The names `planHoisting` makes once per loaded template, functions and constants together, sorted.
 * `requiresOnce`: the API names a shared `require` gives before any execution (none when left out).
 */
function hoisted(code: string, requiresOnce?: (name: string) => boolean): string[] {
  const program = parse(code, { ecmaVersion: 2022, sourceType: 'script', allowReturnOutsideFunction: true }) as AcornNode as unknown as AnyNode;
  const plan = planHoisting(program, ['data', 'require'], requiresOnce);
  return [...plan.functions, ...plan.consts].sort();
}

const plans = test.macro({
  exec(t, code: string, expected: string[]) {
    t.deepEqual(hoisted(code), expected);
  },
  title: (provided) => `hoisting - ${provided ?? ''}`,
});

// Functions: made once only when only ever called by name, and all they name at the top level is made once too.
test('a function only called by name, and one it calls', plans, 'function f(x) { return g(x) + 1; } function g(y) { return y * 2; } return f(data.n);', ['f', 'g']);
test('a function passed as a value is not (its identity could be kept and compared)', plans, 'function f(x) { return x; } return [1].map(f);', []);
test('a function returned is not', plans, 'function f() { return 1; } return f;', []);
test('a function naming data, or an API, is not; nor one calling it', plans,
  "const getType = require('getType'); function f() { return getType(data); } function g() { return f(); } function h() { return 2; } return g() + h();", ['h']);
test('a function assigned or declared twice is not', plans, 'function f() { return 1; } function g(f) { return f; } return f() + g(2);', []);
test('a function that calls one not made once is not', plans, 'function f() { return g(); } const g = function () { return data.x; }; return f();', []);

// Constants: made once only in the prefix that runs no code, and tables only when no code can change or keep them
// (a function naming a table that stays per execution stays too).
test('primitive constants and a function using them', plans, 'const A = 2; const B = A * 3; function f() { return B; } return f();', ['A', 'B', 'f']);
test('a constant after a statement that runs code is not', plans, 'const a = data.x; const B = 1; function f() { return B; } return f() + a;', []);
test('a constant the prefix reads before its declaration is not (that read throws in GTM)', plans, 'var a = B; const B = 1; return a;', []);
test('a constant built from something not made once is not', plans, 'const A = data; return A;', []);
test('a table only read down to primitives', plans,
  'const T = [1, 2, 4]; const O = { bits: 6, list: [7, 8] }; function f(i) { return T[i - 1] + O.bits + O.list.length + O.list.indexOf(i) + T.join(); } return f(2);', ['O', 'T', 'f']);
test('a table read by a loop counter', plans, 'const T = [1, 2]; function f() { let s = 0; for (let i = 0; i < T.length; i++) s = s + T[i]; return s; } return f();', ['T', 'f']);
test('a table written is not', plans, 'const T = [1]; function f() { T[0] = 2; return T[0]; } return f();', []);
test('a table changed by a method is not', plans, 'const T = [1]; function f() { T.push(2); return T.length; } return f();', []);
test('a table returned is not', plans, 'const T = [1]; function f() { return T; } return f();', []);
test('a table read by a key that may name a method, kept, is not', plans, 'const T = [1]; function f(k) { const m = T[k]; return m; } return f(data.k);', []);
test('a table read by any key into a comparison', plans, 'const T = { a: 1 }; function f(k) { return T[k] === 1; } return f(data.k);', ['T', 'f']);
test('an object of a table kept in a variable only read', plans,
  'const T = [{ name: "a" }, { name: "b" }]; function f() { const out = []; for (const e of T) out.push(e.name); return out; } return f();', ['T', 'f']);
test('an object of a table kept and handed out is not', plans,
  'const T = [{ name: "a" }]; function f() { const out = []; for (const e of T) out.push(e); return out; } return f();', []);
test('a table passed to a function that only reads its parameter', plans,
  'const T = [1, 2]; function has(list, v) { return list.indexOf(v) !== -1; } return has(T, data.v);', ['T', 'has']);
test('a table passed to a function that changes its parameter is not', plans,
  'const T = [1, 2]; function add(list, v) { list.push(v); return list.length; } return add(T, data.v);', ['add']);
test('an object of a table returned by a function whose callers only read it', plans,
  'const T = [{ type: 1, name: "a" }]; function find(type) { for (const e of T) { if (e.type === type) return e; } return undefined; } function nameOf(type) { const e = find(type); return e === undefined ? "" : e.name; } return nameOf(1);',
  ['T', 'find', 'nameOf']);
test('an object of a table returned to a caller that keeps it is not', plans,
  'const T = [{ type: 1 }]; function find() { return T[0]; } return find();', []);
test('a table naming another table is not (they would share it)', plans, 'const A = [1]; const B = [A]; function f() { return B[0][0] + A[0]; } return f();', []);

// APIs: with a `require` that gives every execution the same value (shared-require.ts), the constants it
// initializes are made once, and so are the functions that call them.
const callsApis = "const JSON = require('JSON'); const getType = require('getType'); function f(x) { return JSON.stringify(x) + getType(x); } return f(data);";
test('hoisting - with a shared require, API constants and the functions calling them', (t) => {
  t.deepEqual(hoisted(callsApis, () => true), ['JSON', 'f', 'getType']);
});
test('hoisting - without a shared require, API constants stay per execution, and so do the functions calling them', (t) => {
  t.deepEqual(hoisted(callsApis), []);
});
test('hoisting - an API the shared require cannot give before any execution stays per execution, with its callers', (t) => {
  t.deepEqual(hoisted(callsApis, (name) => name !== 'getType'), ['JSON']);
});
test('hoisting - a require after a statement that runs code stays per execution', (t) => {
  t.deepEqual(hoisted("const a = data.x; const JSON = require('JSON'); function f() { return JSON.stringify(a); } return f();", () => true), []);
});
test('hoisting - a template\'s own function named require gives no API: nothing it initializes is made once', (t) => {
  t.deepEqual(hoisted("function require(name) { return data[name]; } const JSON = require('JSON'); function f() { return JSON; } return f();", () => true), []);
});
test('hoisting - a function calling require itself stays per execution', (t) => {
  t.deepEqual(hoisted("function f() { return require('JSON').stringify(1); } return f();", () => true), []);
});

function serverTemplate(code: string): TemplateFile {
  return {
    termsOfService: undefined,
    info: { type: 'CLIENT', id: 'cvt_hoist', version: 1, securityGroups: [], displayName: 'hoist', description: '', containerContexts: ['SERVER'] },
    context: 'SERVER',
    parameters: [],
    code,
    permissions: [],
    tests: undefined,
    notes: undefined,
  };
}

test('hoisting - executions of one loaded template answer as GTM runs them: a table changed by one execution is fresh in the next', async (t) => {
  const runtime = await loadDefaultRuntime();
  const loaded = loadTemplate(serverTemplate(`const SEEN = [];
const WEIGHTS = [1, 2, 4];
function weight(i) { return WEIGHTS[i * 1]; }
function note(v) { SEEN.push(v); return SEEN.length; }
return [weight(data.i), note(data.i), weight(2)];`), runtime);
  if (!loaded.ok) return t.fail(loaded.error.message);
  for (const i of [0, 1, 0]) {
    t.deepEqual(loaded.value.execute({ io: createRecordingIo(), data: { i } }), { ok: true, value: [[1, 2, 4][i], 1, 4] });
  }
});

test('hoisting - a function made once counts its steps on the execution running it, and its endless loop ends that one', async (t) => {
  const runtime = await loadDefaultRuntime();
  const loaded = loadTemplate(serverTemplate(`function spin(n) { let i = 0; while (i < n) { i = i + 1; } return i; }
return spin(data.n);`), runtime);
  if (!loaded.ok) return t.fail(loaded.error.message);
  const bounds = { maxSteps: 1000, maxMs: 10_000, now: () => 0 };
  t.deepEqual(loaded.value.execute({ io: createRecordingIo(), data: { n: 900 }, bounds }), { ok: true, value: 900 });
  // Each execution has its own count: a second run of 900 steps is not ended by the first run's.
  t.deepEqual(loaded.value.execute({ io: createRecordingIo(), data: { n: 900 }, bounds }), { ok: true, value: 900 });
  t.deepEqual(loaded.value.execute({ io: createRecordingIo(), data: { n: 5000 }, bounds }), { ok: false, error: { code: 'bound', message: 'did not finish: more than 1000 steps (an endless loop or callLater chain?)' } });
});

test('hoisting - a function made once and called from a callback counts on the callback\'s execution', async (t) => {
  const runtime = await loadDefaultRuntime();
  const file = serverTemplate(`const callLater = require('callLater');
function spin(n) { let i = 0; while (i < n) { i = i + 1; } return i; }
callLater(() => { data.done(spin(data.n)); });
return spin(10);`);
  const loaded = loadTemplate(file, runtime);
  if (!loaded.ok) return t.fail(loaded.error.message);
  const bounds = { maxSteps: 1000, maxMs: 10_000, now: () => 0 };
  const errors: string[] = [];
  const done: number[] = [];
  const result = loaded.value.execute({ io: createRecordingIo(), data: { n: 5000, done: (v: number) => done.push(v) }, bounds, onError: (e) => errors.push(e.message) });
  t.deepEqual(result, { ok: false, error: { code: 'bound', message: 'did not finish: more than 1000 steps (an endless loop or callLater chain?)' } });
  t.deepEqual(done, []);
  const fine = loaded.value.execute({ io: createRecordingIo(), data: { n: 500, done: (v: number) => done.push(v) }, bounds });
  t.deepEqual(fine, { ok: true, value: 10 });
  t.deepEqual(done, [500]);
});

test('hoisting - a function made once, called outside any execution, refuses to run', (t) => {
  const realm = createRealm(unboundedSteps, undefined, runningSteps);
  const compiled = realm.compile('function one() { return 1; } return one;', ['data', 'require']);
  if (!compiled.ok) return t.fail(compiled.message);
  // `one` is returned, so it is not made once: it runs on its own run's counter.
  t.is((compiled.value({}, undefined) as () => number)(), 1);
  const hoistedOnly = realm.compile('function one() { return 1; } return one();', ['data', 'require']);
  if (!hoistedOnly.ok) return t.fail(hoistedOnly.message);
  t.throws(() => hoistedOnly.value({}, undefined), { message: 'no execution is running' });
});
