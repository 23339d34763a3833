/**
 * The inline fast paths (src/runtime/fast-paths.ts) answer exactly as the helpers do: every program below runs
 * compiled both ways on every receiver, key and argument of the pools, and the outcomes (value, or error with its
 * location) must be equal. The pools hold what the fast paths' tests discriminate on: strings, arrays of both
 * realms, a match array with own `index`, plain objects, frozen/sealed/non-extensible objects, objects with own
 * `length`, `toString` or `__proto__`, null, undefined, numbers, booleans and functions; keys that are canonical
 * indexes or not (-1, 1.5, 2^32-1, "01"), names of built-ins and of Object.prototype members.
 */
import test from 'ava';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createRealm } from '../../src/runtime/sandbox.ts';
import { unboundedSteps } from '../../src/runtime/scheduler.ts';
import { instrument } from '../../src/runtime/instrument.ts';

/** Fresh receivers for every run (programs mutate them). */
const receivers: [string, () => unknown][] = [
  ['string', () => 'a-b-c'],
  ['empty string', () => ''],
  ['array', () => [3, 'x', 1]],
  ['array of another realm', () => vm.runInNewContext('[1, 2]') as unknown[]],
  ['match array', () => 'a1b'.match('[0-9]')],
  ['object', () => ({ a: 1, x: 'own', length: 2 })],
  ['object of another realm', () => vm.runInNewContext('({ a: 1, x: "own" })') as unknown],
  ['object with own toString', () => ({ toString: () => 'mine', a: 2 })],
  ['object with own __proto__', () => Object.defineProperty({}, '__proto__', { value: 5, writable: true, enumerable: true, configurable: true })],
  ['frozen object', () => Object.freeze({ a: 1, x: 'f' })],
  ['sealed object', () => Object.seal({ a: 1, x: 's' })],
  ['non-extensible object', () => Object.preventExtensions({ a: 1 })],
  ['frozen array', () => Object.freeze([1, 2])],
  ['null-prototype object', () => Object.assign(Object.create(null) as object, { a: 1 })],
  ['null', () => null],
  ['undefined', () => undefined],
  ['number', () => 42],
  ['boolean', () => true],
  ['function', () => (x: unknown) => x],
];
const keys: unknown[] = [0, 1, 2, -1, 1.5, 4294967295, -0, NaN, 730, '0', '01', '1', '730', '9a', '', 'a', 'x', 'length', 'toString', 'indexOf', 'push', 'index', '__proto__', 'constructor', 'valueOf', 'hasOwnProperty', null, undefined, true];
const args: unknown[] = ['-', 'b', 1, 0, -1, undefined, null, ['z'], { a: 1 }, (x: unknown) => x];

/** Programs over `data.r` (receiver), `data.k` (key), `data.v`/`data.a` (argument). */
const programs = [
  'return data.r[data.k];',
  'const r = data.r; return [r.length, r.x, r.a, r.index, r.missing, r.toString === undefined, r.constructor, r.__proto__, r.valueOf, r.isPrototypeOf, r.__lookupGetter__];',
  'const r = data.r; r[data.k] = data.v; return r;',
  'const r = data.r; r.x = data.v; return r;',
  'const r = data.r; r.length = 1; return r;',
  'const r = data.r; r.__proto__ = data.v; return [r.__proto__, r];',
  'return data.r.indexOf(data.a);',
  'return data.r.lastIndexOf(data.a);',
  'return data.r.slice(data.a, 2);',
  'return data.r.concat(data.a);',
  'return data.r.split(data.a);',
  'return data.r.replace(data.a, data.v);',
  'return data.r.charAt(data.a);',
  'return data.r.join(data.a);',
  'return data.r.match(data.a);',
  'const r = data.r; r.push(data.a); return r;',
  'const r = data.r; return [r.pop(), r];',
  'return data.r.toString();',
  'return data.r.toUpperCase();',
  'return data.r.trim();',
  'return data.r.hasOwnProperty(data.a);',
  'return data.r.map((x) => [x]);',
  'return data.r.map(data.a);',
  'return data.r.filter(function (x) { return x !== 1; });',
  'return data.r.sort();',
  'return data.r.some((x) => x === data.a);',
  'return data.r.reduce((s, x) => s + x, "");',
  'return data.r.forEach(data.a);',
  'return data.r.substring(data.a, 3);',
  'return data.r.splice(data.a, 1, 9, 8);',
  'function f(x) { return x.a; } return f(data.r);',
  'const g = (x) => x[data.k]; return g(data.r);',
  'function h(n) { return n === 0 ? data.r.length : h(n - 1); } return h(3);',
  'const o = {}; o[data.k] = data.r; return o;',
  'const a = []; a[data.k] = 1; return a;',
];

/** Values as data: arrays and objects by content (realm-free), functions and errors by what is seen of them. */
function describe(value: unknown, seen = new Set<unknown>()): unknown {
  if (typeof value === 'function') return 'function';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (typeof value === 'number' && Object.is(value, -0)) return '-0';
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return 'cycle';
  seen.add(value);
  if (Array.isArray(value)) return { array: value.map((v) => describe(v, seen)), own: Object.keys(value).filter((k) => !/^\d+$/.test(k)) };
  // Entries, not an object: an own "__proto__" would be lost by assigning it to a description object.
  const entries = Object.getOwnPropertyNames(value).map((key) => [key, describe((value as Record<string, unknown>)[key], seen)]);
  return { object: entries, frozen: Object.isFrozen(value), extensible: Object.isExtensible(value) };
}

function outcome(fast: boolean, program: string, data: Record<string, unknown>): unknown {
  const realm = createRealm(unboundedSteps);
  const compiled = realm.compile(program, ['data'], 'code', { fastPaths: fast });
  if (!compiled.ok) return `refused: ${compiled.message}`;
  try {
    return { value: describe(compiled.value(data)), data: describe(data) };
  } catch (error) {
    const e = error as Error & { location?: unknown };
    return { error: `${e.name}: ${e.message}`, location: e.location };
  }
}

test('fast paths - every program answers as the helpers do, on every receiver, key and argument', (t) => {
  let runs = 0;
  for (const program of programs) {
    for (const [name, make] of receivers) {
      const variants: Record<string, unknown>[] = [];
      if (program.includes('data.k')) for (const k of keys) variants.push({ k, v: 'v' });
      if (program.includes('data.a')) for (const a of args) variants.push({ a, v: 'v' });
      if (variants.length === 0) for (const v of args) variants.push({ v });
      for (const variant of variants) {
        const slow = outcome(false, program, { r: make(), ...variant });
        const fast = outcome(true, program, { r: make(), ...variant });
        runs += 1;
        if (JSON.stringify(slow) !== JSON.stringify(fast)) {
          t.fail(`${program} on ${name} with ${String(variant.k ?? variant.a ?? variant.v)}:\n  helpers: ${JSON.stringify(slow)}\n  fast:    ${JSON.stringify(fast)}`);
          return;
        }
      }
    }
  }
  t.true(runs > 5000, `${runs} runs`);
  t.log(`${runs} runs, both ways alike`);
});

test('fast paths - only the fast code tests sites inline, and it calls a declared function directly', (t) => {
  const code = 'function f(x) { return x.a + x[0] + x.length; } const s = "a"; const o = {}; o.b = s.indexOf("a"); return f([1]);';
  const fast = instrument(code, ['data']);
  const plain = instrument(code, ['data'], { fastPaths: false });
  t.true(fast.ok && plain.ok);
  if (!fast.ok || !plain.ok) return;
  t.false(plain.code.includes('$gtm$own'));
  t.true(fast.code.includes('$gtm$own'));
  // The declared function is called as itself; the helpers remain only as the fallbacks.
  t.regex(fast.code, /return f\(\[1\]\)/);
  t.regex(plain.code, /\$gtm\$\.callValue1\(f, \[1\]/);
});

test('fast paths - a name outside Object.prototype is read without the own-property test; an inherited one keeps it', (t) => {
  const compiled = instrument('return [data.r.x, data.r.toString, data.r.constructor];', ['data']);
  t.true(compiled.ok);
  if (!compiled.ok) return;
  t.notRegex(compiled.code, /\$gtm\$own\(\$gtm\$t\d+, "x"\)/);
  t.regex(compiled.code, /\$gtm\$own\(\$gtm\$t\d+, "toString"\)/);
  t.regex(compiled.code, /\$gtm\$own\(\$gtm\$t\d+, "constructor"\)/);
});

test('fast paths - an object keyed by ids ("730") keeps them in a dictionary, not a V8 array sized to the key', (t) => {
  // V8 gives a plain object a ~9 KB array on its first index key below ~1,100; sandboxed code's writes of such
  // keys go through the helper, which avoids that. Measured as live heap after full collections (so no earlier
  // garbage collected meanwhile can hide the arrays): 2,000 maps of one id each, held.
  v8.setFlagsFromString('--expose-gc');
  const collect = vm.runInNewContext('gc') as () => void;
  const realm = createRealm(unboundedSteps);
  const compiled = realm.compile('const kept = []; for (let i = 0; i < 2000; i++) { const o = {}; o[data.k] = i; o.name = "n"; kept.push(o); } return kept;', ['data'], 'code');
  if (!compiled.ok) return t.fail(compiled.message);
  for (const k of ['730', 785]) {
    collect();
    const before = v8.getHeapStatistics().used_heap_size;
    const kept = compiled.value({ k }) as Record<string, unknown>[];
    collect();
    const perObject = (v8.getHeapStatistics().used_heap_size - before) / kept.length;
    t.deepEqual(Object.keys(kept[1999] as object), [String(k), 'name']);
    t.is((kept[1999] as Record<string, unknown>)[String(k)], 1999);
    t.true(perObject < 2000, `${String(k)}: ${perObject.toFixed(0)} bytes per object`);
  }
});

test('fast paths - a name declared twice, assigned, or a parameter is still called through the helper', (t) => {
  const twice = instrument('function f() { return 1; } function g(f) { return f(); } return f() + g(f);', ['data']);
  const assigned = instrument('let h = () => 1; h = () => 2; return h();', ['data']);
  t.true(twice.ok && assigned.ok);
  if (!twice.ok || !assigned.ok) return;
  t.regex(twice.code, /return \$gtm\$\.callValue0\(f, \d+\) \+ g\(f\)/);
  t.regex(assigned.code, /callValue0\(h/);
  // And the error of a call of a non-function is the helper's, located.
  t.deepEqual(outcome(true, 'const f = 1; return f();', {}), outcome(false, 'const f = 1; return f();', {}));
  t.deepEqual(outcome(true, 'return data.x.y;', {}), { error: 'SandboxError: Cannot read property "y" of undefined', location: { code: 'code', line: 1, column: 7 } });
});

test('fast paths - temporaries are per function: recursion and nested sites do not share them', (t) => {
  const program = 'function walk(n) { return n.kids.length === 0 ? n.name : n.name + "(" + n.kids.map((k) => walk(k)).join(",") + ")"; } return walk(data.tree);';
  const tree = { name: 'a', kids: [{ name: 'b', kids: [{ name: 'c', kids: [] }] }, { name: 'd', kids: [] }] };
  t.deepEqual(outcome(true, program, { tree }), outcome(false, program, { tree }));
  t.is((outcome(true, program, { tree }) as { value: unknown }).value, 'a(b(c),d)');
});
