import test from 'ava';
import vm from 'node:vm';
import { createBoundary } from '../../src/runtime/boundary.ts';
import { contextRealm } from '../../src/runtime/plain-realm.ts';

test('boundary - plain data is deep-copied', (t) => {
  const b = createBoundary();
  const value = { a: [1, { b: 'x' }], n: null };
  const copy = b.copy(value) as typeof value;
  t.deepEqual(copy, value);
  t.not(copy, value);
  t.not(copy.a, value.a);
});

test('boundary - copies are made in the boundary\'s realm: the sandbox context\'s objects and arrays, all the way down', (t) => {
  const context = vm.createContext(Object.create(null) as object, { codeGeneration: { strings: false, wasm: false } });
  const own = vm.runInContext('({ object: Object.prototype, array: Array.prototype })', context) as { object: object; array: object };
  const b = createBoundary({ realm: contextRealm(context) });
  const value = { list: [1, { deep: ['x'] }], byId: { '730': { granted: [1, 8] } } };
  const copy = b.copy(value) as { list: [number, { deep: string[] }]; byId: Record<string, { granted: number[] }> };
  t.is(Object.getPrototypeOf(copy), own.object);
  t.is(Object.getPrototypeOf(copy.list), own.array);
  t.is(Object.getPrototypeOf(copy.list[1]), own.object);
  t.is(Object.getPrototypeOf(copy.list[1].deep), own.array);
  t.is(Object.getPrototypeOf(copy.byId['730']), own.object);
  t.is(Object.getPrototypeOf(copy.byId['730']?.granted), own.array);
  t.true(Array.isArray(copy.list));
  // The same data, key order included; copied back it is a plain object again.
  t.is(JSON.stringify(copy), JSON.stringify(value));
  t.deepEqual(Object.keys(copy.byId), ['730']);
  t.is(JSON.stringify(createBoundary().copy(copy)), JSON.stringify(value));
  // Without a realm, the host's own.
  t.is(Object.getPrototypeOf(createBoundary().copy(value)), Object.prototype);
});

test('boundary - a map keyed by numbers (GVL ids) copies with the same keys, order and values, and nothing else', (t) => {
  const b = createBoundary();
  const value = { '785': { forwarded: false }, '730': { forwarded: true }, '4294967294': 'last index', '07': 'not an index', name: 'x' };
  const copy = b.copy(value) as Record<string, unknown>;
  t.deepEqual(Object.keys(copy), Object.keys(value));
  t.deepEqual(Object.getOwnPropertyNames(copy), Object.getOwnPropertyNames(value));
  t.deepEqual(copy, value);
  // The copy's indexed properties behave as ever: added, read, deleted.
  copy['12'] = 'added';
  t.is(copy['12'], 'added');
  t.true(delete copy['730']);
  t.deepEqual(Object.keys(copy), ['12', '785', '4294967294', '07', 'name']);
  t.deepEqual(b.copy({ '0': 'a', '1': 'b' }), { '0': 'a', '1': 'b' });
});

test('boundary - a hole in an array is copied as undefined (GTM\'s arrays have none)', (t) => {
  const b = createBoundary();
  const sparse: unknown[] = [];
  sparse[3] = 1;
  const copy = b.copy(sparse) as unknown[];
  t.deepEqual(copy, [undefined, undefined, undefined, 1]);
  t.deepEqual(Object.keys(copy), ['0', '1', '2', '3']);
});

test('boundary - class instances and built-in objects become undefined', (t) => {
  const b = createBoundary();
  class Point {
    x = 1;
  }
  t.deepEqual(b.copy([new Point(), new Date(0), new Map(), /a/, 1]), [undefined, undefined, undefined, undefined, 1]);
});

test('boundary - a cyclic value becomes undefined as a whole', (t) => {
  const b = createBoundary();
  const a: Record<string, unknown> = { name: 'a' };
  a.self = a;
  t.is(b.copy(a), undefined);
  const shared = { s: 1 };
  t.deepEqual(b.copy({ x: shared, y: shared }), { x: { s: 1 }, y: { s: 1 } });
  // Nothing of a copy that ended early is left for the next one (a cycle deep down, an error thrown midway).
  t.is(b.copy({ list: [{ deep: a }] }), undefined);
  const hostile = new Proxy({}, { getPrototypeOf: () => { throw new Error('trap'); } });
  t.throws(() => b.copy({ outer: { inner: hostile } }), { message: 'trap' });
  t.deepEqual(b.copy({ outer: { inner: shared } }), { outer: { inner: { s: 1 } } });
  t.deepEqual(b.copy([shared, [shared]]), [{ s: 1 }, [{ s: 1 }]]);
  // An object the ended copy was inside of is no cycle for the next copy (a path kept over would say it is).
  let thrown = false;
  const once: Record<string, unknown> = { n: 1 };
  Object.defineProperty(once, 'boom', { enumerable: true, get: () => { if (thrown) return 2; thrown = true; throw new Error('once'); } });
  t.throws(() => b.copy({ holder: once }), { message: 'once' });
  t.deepEqual(b.copy({ again: once }), { again: { n: 1, boom: 2 } });
});

test('boundary - a copy begun inside another (a getter calling back) is a whole copy of its own', (t) => {
  const b = createBoundary();
  const inner = { n: 1 };
  let innerCopy: unknown;
  const outer = { first: inner };
  Object.defineProperty(outer, 'second', { enumerable: true, get: () => (innerCopy = b.copy({ again: inner, outer: 'no' })) });
  const copy = b.copy(outer) as { first: unknown; second: unknown };
  t.deepEqual(innerCopy, { again: { n: 1 }, outer: 'no' });
  t.deepEqual(copy, { first: { n: 1 }, second: { again: { n: 1 }, outer: 'no' } });
  // An inner copy that ends early (a cycle) leaves the outer copy's path whole: the outer cycle is still found.
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const looping: Record<string, unknown> = {};
  Object.defineProperty(looping, 'first', { enumerable: true, get: () => b.copy(cyclic) });
  looping.self = looping;
  t.is(b.copy(looping), undefined);
});

test('boundary - functions are wrapped once and unwrap to their original', (t) => {
  const b = createBoundary();
  const seen: unknown[] = [];
  const fn = (arg: unknown): unknown => {
    seen.push(arg);
    return { back: arg };
  };
  const wrapped = b.copy(fn) as (a: unknown) => unknown;
  t.not(wrapped, fn);
  t.is(b.copy(fn), wrapped);
  t.is(b.copy(wrapped), fn);
  t.is(b.original(wrapped), fn);
  t.deepEqual(b.original([{ f: wrapped }]), [{ f: fn }]);
  const arg = { x: 1 };
  const result = wrapped(arg) as { back: unknown };
  t.not(seen[0], arg);
  t.deepEqual(result, { back: { x: 1 } });
  t.not(result.back, seen[0]);
});

test('boundary - opaque handles cross unchanged', (t) => {
  const b = createBoundary();
  const handle = b.opaque({ then: () => undefined });
  t.is(b.copy(handle), handle);
  t.is(b.copy({ h: handle }) && (b.copy({ h: handle }) as { h: unknown }).h, handle);
});

test('boundary - __proto__ keys are copied as own data, not as prototypes', (t) => {
  const b = createBoundary();
  const source = JSON.parse('{"__proto__": {"polluted": true}}') as object;
  const copy = b.copy(source) as Record<string, unknown>;
  t.deepEqual(Object.keys(copy), ['__proto__']);
  t.is(Object.getPrototypeOf(copy), Object.prototype);
  t.is((copy as { polluted?: unknown }).polluted, undefined);
});
