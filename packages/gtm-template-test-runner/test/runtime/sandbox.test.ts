import test from 'ava';
import { createRealm } from '../../src/runtime/sandbox.ts';
import { unboundedSteps } from '../../src/runtime/scheduler.ts';

/** Runs `code` as a template body with `data` and returns its value, or `error: <message>`. */
function run(code: string, data: unknown = {}): unknown {
  const realm = createRealm(unboundedSteps);
  const compiled = realm.compile(code, ['data', 'require']);
  if (!compiled.ok) return `refused: ${compiled.message}`;
  try {
    return compiled.value(data, undefined);
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

const runs = test.macro({
  exec(t, code: string, expected: unknown, data?: unknown) {
    t.deepEqual(run(code, data), expected);
  },
  title: (provided, code: string) => `sandbox - ${provided ?? code}`,
});

// Standard library whitelist (research §1.4): what is there works natively.
test(runs, "return 'a-b'.split('-').concat(['c']).join('+');", 'a+b+c');
test(runs, "return ' Ab '.trim().toLowerCase() + 'x'.toUpperCase();", 'abX');
test(runs, "return 'abc'.charAt(1) + 'abc'[2] + 'abc'.length;", 'bc3');
test(runs, "return 'a1b2'.match('[0-9]')[0];", '1');
test(runs, "return 'aXbX'.replace('X', '-');", 'a-bX');
test(runs, 'return [3, 1, 2].sort().reverse().slice(0, 2);', [3, 2]);
test(runs, 'return [1, 2, 3].filter((x) => x > 1).map((x) => x * 10).reduce((a, b) => a + b, 0);', 50);
test(runs, 'const a = [1]; a.push(2); a.unshift(0); return [a.length, a.indexOf(2), a.shift(), a];', [3, 2, 0, [1, 2]]);
test(runs, 'return (255).toString(16) + true.toString();', 'fftrue');
test(runs, 'return ({}).toString();', '[object Object]');
test(runs, 'return (1 << 4) | 1 ^ 3;', 18);
test(runs, 'const o = {a: 1, b: 2}; const keys = []; for (const k in o) { keys.push(k); } return keys;', ['a', 'b']);
test(runs, 'let s = 0; for (const v of [1, 2, 3]) { s += v; } return s;', 6);
test(runs, 'return typeof undeclared;', 'undefined');
test(runs, 'function f() { return arguments.length; } return f(1, 2);', 2);
test(runs, 'return h(); function h() { return 1; }', 1);
test(runs, 'const o = {n: 1}; o.n += 2; o.n++; ++o.n; o.m = o.n--; return o;', { n: 4, m: 5 });
test(runs, 'return data.list[1];', 'b', { list: ['a', 'b'] });

// Absent from the standard library: refused at run time with a message naming the method.
test(runs, "return 'abc'.startsWith('a');", 'error: String method "startsWith" is not available in sandboxed JavaScript');
test(runs, "return 'abc'.charCodeAt(0);", 'error: String method "charCodeAt" is not available in sandboxed JavaScript');
test(runs, 'return [1].includes(1);', 'error: Array method "includes" is not available in sandboxed JavaScript');
test(runs, 'return (1.5).toFixed(1);', 'error: Number method "toFixed" is not available in sandboxed JavaScript');
test(runs, 'return [({a: 1}).hasOwnProperty("a"), ({}).hasOwnProperty("toString")];', [true, false]);
test(runs, 'return ({}).valueOf();', 'error: "valueOf" is not a function');
test(runs, 'const f = 1; return f();', 'error: 1 is not a function');
test(runs, 'return data.missing.x;', 'error: Cannot read property "x" of undefined');
test(runs, "const s = 'a'; s.x = 1; return s;", 'error: Cannot set property "x" of a string');

// No prototype is reachable: own properties only.
test(runs, 'return [({}).constructor, [].constructor, "".constructor, (1).constructor, data.__proto__];', [undefined, undefined, undefined, undefined, undefined]);
test(runs, 'return (() => 1).prototype;', undefined);
test(runs, 'const o = {}; o.__proto__ = {polluted: true}; return [o.polluted, ({}).polluted];', [undefined, undefined]);
test(runs, 'return [Object, globalThis];', 'error: Object is not defined');
test(runs, 'x = 1; return x;', 'error: x is not defined');

// Syntax the sandbox does not have is refused before running, whatever the validator said.
test(runs, 'const d = new Date(); return d;', 'refused: NewExpression is not supported in sandboxed JavaScript');
test(runs, 'return this;', 'refused: ThisExpression is not supported in sandboxed JavaScript');
test(runs, 'return /a/;', 'refused: regular expression literals are not supported in sandboxed JavaScript');
test(runs, 'return `a`;', 'refused: TemplateLiteral is not supported in sandboxed JavaScript');
test(runs, 'return 2 ** 3;', 'refused: operator "**" is not supported in sandboxed JavaScript');
test(runs, 'return void 0;', 'refused: operator "void" is not supported in sandboxed JavaScript');
// Bitwise `&`, `>>`, `>>>`, `~` are the validator's (project) decision; the engine runs them as JavaScript does.
test(runs, 'const o = {n: 12}; o.n &= 10; o.n >>>= 1; return [6 & 3, -8 >> 1, -1 >>> 28, ~5, o.n];', [2, -4, 15, -6, 4]);
test(runs, "return 'a' in data;", 'refused: operator "in" is not supported in sandboxed JavaScript');
test(runs, 'return data?.a;', 'refused: ChainExpression is not supported in sandboxed JavaScript');
test(runs, 'try { return 1; } catch (e) { return 2; }', 'refused: TryStatement is not supported in sandboxed JavaScript');
test(runs, 'const {a} = data; return a;', 'refused: destructuring is not supported in sandboxed JavaScript');
test(runs, 'const $gtm$x = 1; return $gtm$x;', 'refused: the name "$gtm$x" is reserved by the test runner');
test(runs, 'return (', 'refused: Unexpected token (1:8)');

test('sandbox - an endless loop is stopped by the step bound', (t) => {
  const steps = { n: 0, next: 1001, overflow: () => { throw new Error('bound'); } };
  const realm = createRealm(() => steps);
  const compiled = realm.compile('while (true) { }', ['data']);
  if (!compiled.ok) return t.fail(compiled.message);
  t.throws(() => compiled.value({}), { message: 'bound' });
  t.is(steps.n, 1001);
});

test('sandbox - top-level arguments are the declared parameters only (the step counter is not one)', (t) => {
  const realm = createRealm(unboundedSteps);
  const compiled = realm.compile('return [arguments.length, arguments[0]];', ['data', 'require']);
  if (!compiled.ok) return t.fail(compiled.message);
  t.deepEqual(compiled.value('d', 'r'), [2, 'd']);
});

test('sandbox - each run counts on the counter it was given, and so do the functions it made', (t) => {
  const counters = [0, 1].map(() => ({ n: 0, next: Infinity, overflow: () => undefined }));
  let run = 0;
  const realm = createRealm(() => counters[run] as { n: number; next: number; overflow(): void });
  const compiled = realm.compile('function f() { return 1; } data.later = f; for (let i = 0; i < 3; i++) { } return f();', ['data']);
  if (!compiled.ok) return t.fail(compiled.message);
  const first: { later?: () => unknown } = {};
  compiled.value(first);
  // Top level: the loop's 3 iterations and one call of f.
  t.deepEqual(counters.map((c) => c.n), [4, 0]);
  run = 1;
  compiled.value({});
  t.deepEqual(counters.map((c) => c.n), [4, 4]);
  // A function the first run made, called during the second: its step goes to the first run.
  first.later?.();
  t.deepEqual(counters.map((c) => c.n), [5, 4]);
});
