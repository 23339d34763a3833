import test from 'ava';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { createBoundary, wasMarkedOpaque } from '../../src/runtime/boundary.ts';
import { freshCopy, literalOf } from '../../src/runtime/literal-copy.ts';
import vm from 'node:vm';
import { contextRealm } from '../../src/runtime/plain-realm.ts';

// Plain data as the boundary copies it: strings (any characters), numbers (NaN, -0, infinities), booleans, null,
// undefined, arrays and objects with any string keys.
const plainData = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary' }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ unit: 'binary' }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

function sameKeyOrder(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return true;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.join('\u0000') === keysB.join('\u0000') && keysA.every((k) => sameKeyOrder((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

test('literal copy - a copy from the compiled literal is what the boundary\'s copy is, for any plain data, in the host\'s realm and a sandbox\'s', (t) => {
  const sandbox = vm.createContext(Object.create(null) as object, { codeGeneration: { strings: false, wasm: false } });
  for (const boundary of [createBoundary(), createBoundary({ realm: contextRealm(sandbox) })]) {
    // Strict deep equality: -0 and 0 differ, key order and undefined members count, and prototypes (the realm's).
    fc.assert(fc.property(plainData, (value) => {
      const copies = [freshCopy(value, boundary), freshCopy(value, boundary), freshCopy(value, boundary)];
      const alike = copies.every((copy) => isDeepStrictEqual(copy, boundary.copy(value)) && sameKeyOrder(copy, value));
      const fresh = typeof value !== 'object' || value === null || (copies[1] !== value && copies[2] !== copies[1]);
      return alike && fresh;
    }), { numRuns: 500 });
  }
  t.pass();
});

test('literal copy - a copy keeps keys in order, -0, NaN and the special characters of strings', (t) => {
  const value = { b: -0, a: NaN, c: [Infinity, -Infinity, undefined], d: 'line\u2028sep "quoted" \\ </script>', '': { x: null } };
  const literal = literalOf(value);
  t.is(literal, '{"b":-0,"a":NaN,"c":[Infinity,-Infinity,undefined],"d":"line\u2028sep \\"quoted\\" \\\\ </script>","":{"x":null}}');
  const boundary = createBoundary();
  freshCopy(value, boundary);
  const copy = freshCopy(value, boundary) as typeof value;
  t.deepEqual(Object.keys(copy), ['b', 'a', 'c', 'd', '']);
  t.true(Object.is(copy.b, -0));
  t.deepEqual(copy, value);
});

test('literal copy - what is not plain data is left to the boundary', (t) => {
  const cyclic: Record<string, unknown> = { a: 1 };
  cyclic.self = cyclic;
  const proto = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
  const handle = { kind: 'regex' };
  for (const value of [{ f: () => 1 }, cyclic, proto, { '730': { label: 'INFOnline' } }, [new Date(0)], { n: 1n }, { h: handle }]) {
    t.is(literalOf(value, (v) => v === handle), undefined);
  }
  // Shared (not cyclic) objects are plain data: each place gets its own copy, as the boundary gives.
  const shared = { x: 1 };
  t.is(literalOf([shared, shared]), '[{"x":1},{"x":1}]');
  // An object keyed by numbers still copies right, through the boundary (which keeps such keys in a dictionary).
  const byId = { '730': { label: 'INFOnline' } };
  const boundary = createBoundary();
  freshCopy(byId, boundary);
  t.deepEqual(freshCopy(byId, boundary), byId);
});

test('literal copy - a value holding a handle another execution\'s boundary marked opaque keeps that handle', (t) => {
  const maker = createBoundary();
  const handle = maker.opaque({ scopes: ['a'] });
  const stored = { auth: handle };
  t.true(wasMarkedOpaque(handle));
  // Read twice by other executions' boundaries, which never marked it (the second read decides on a copier for all):
  // the maker's own read still gets its handle, not a plain copy of it.
  freshCopy(stored, createBoundary());
  freshCopy(stored, createBoundary());
  const copy = freshCopy(stored, maker) as typeof stored;
  t.is(copy.auth, handle);
});

test('literal copy - a value too large for a literal is copied by the boundary', (t) => {
  const large = { text: 'x'.repeat(70_000) };
  t.is(literalOf(large), undefined);
  const boundary = createBoundary();
  freshCopy(large, boundary);
  t.deepEqual(freshCopy(large, boundary), large);
});

// Keys no literal refuses (not digit-first, not __proto__): every such value takes the compiled path.
const literalData = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary' }),
    fc.double(),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}$/), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Every object and array in `value`, outermost first. */
function objectsIn(value: unknown): object[] {
  if (typeof value !== 'object' || value === null) return [];
  return [value, ...Object.values(value).flatMap(objectsIn)];
}

test('literal copy - plain data with literal-safe keys is written out, and its copies share no object with it or each other', (t) => {
  const boundary = createBoundary();
  fc.assert(fc.property(literalData, (value) => {
    if (literalOf(value) === undefined) return false;
    freshCopy(value, boundary);
    const second = freshCopy(value, boundary);
    const third = freshCopy(value, boundary);
    const originals = new Set(objectsIn(value));
    const seconds = objectsIn(second);
    // As the boundary copies (fast-check's dictionaries have no prototype; copies get a realm's Object.prototype).
    const expected = boundary.copy(value);
    return isDeepStrictEqual(second, expected) && isDeepStrictEqual(third, expected)
      && seconds.every((o) => !originals.has(o)) && objectsIn(third).every((o) => !seconds.includes(o));
  }), { numRuns: 300 });
  t.pass();
});

test('literal copy - copies are made in the boundary\'s realm, by a copier compiled there, one per realm', (t) => {
  const context = vm.createContext(Object.create(null) as object, { codeGeneration: { strings: false, wasm: false } });
  const own = vm.runInContext('({ object: Object.prototype, array: Array.prototype })', context) as { object: object; array: object };
  const inContext = createBoundary({ realm: contextRealm(context) });
  const inHost = createBoundary();
  const stored = { routes: [{ label: 'INFOnline', purposes: [1, 8] }], skipped: [] };
  // Read often enough to be compiled, in both realms; each realm gets copies of its own objects.
  for (let i = 0; i < 3; i += 1) {
    const copy = freshCopy(stored, inContext) as typeof stored;
    t.is(Object.getPrototypeOf(copy), own.object);
    t.is(Object.getPrototypeOf(copy.routes), own.array);
    t.is(Object.getPrototypeOf(copy.routes[0]?.purposes), own.array);
    t.is(JSON.stringify(copy), JSON.stringify(stored));
    const hostCopy = freshCopy(stored, inHost) as typeof stored;
    t.is(Object.getPrototypeOf(hostCopy), Object.prototype);
    t.deepEqual(hostCopy, stored);
  }
  // The context forbids code generation from strings to its own code; the host still compiles into it.
  t.throws(() => vm.runInContext('new Function("return 1")', context));
});
