import test from 'ava';
import { JSONApi } from '../../src/apis/pure/json.ts';
import { MathApi } from '../../src/apis/pure/math.ts';
import { ObjectApi } from '../../src/apis/pure/object.ts';

test('JSON.parse - values, and undefined on bad input', (t) => {
  t.deepEqual(JSONApi.parse('{"a":[1,"x",null,true]}'), { a: [1, 'x', null, true] });
  t.is(JSONApi.parse('12'), 12);
  t.is(JSONApi.parse('{a:1}'), undefined);
  t.is(JSONApi.parse(''), undefined);
  t.is(JSONApi.parse(undefined), undefined);
  t.is(JSONApi.parse(12), 12);
  t.is(JSONApi.parse(true), true);
});

test('JSON.stringify - values, and undefined on cycles', (t) => {
  t.is(JSONApi.stringify({ a: [1, 'x', null], f: () => 1, u: undefined }), '{"a":[1,"x",null]}');
  t.is(JSONApi.stringify('s'), '"s"');
  t.is(JSONApi.stringify(undefined), undefined);
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  t.is(JSONApi.stringify(cyclic), undefined);
});

test('Math - each method, with arguments made numbers', (t) => {
  t.deepEqual(
    [MathApi.abs('-3'), MathApi.ceil('1.2'), MathApi.floor(-1.2), MathApi.round(2.5), MathApi.round(-2.5), MathApi.sqrt('16'), MathApi.pow('2', 10)],
    [3, 2, -2, 3, -2, 4, 1024],
  );
  t.is(MathApi.max(1, '7', 3), 7);
  t.is(MathApi.min(1, '-7', 3), -7);
  t.is(MathApi.max(), Number.NEGATIVE_INFINITY);
  t.is(MathApi.max(1, 'x'), Number.NaN);
  t.is(MathApi.abs(null), 0);
  t.is(MathApi.abs({ valueOf: () => -5 }), Number.NaN);
});

test('Object.keys / values / entries - own enumerable properties in order; primitives coerced; null gives []', (t) => {
  const o = { b: 1, a: 'x' };
  t.deepEqual(ObjectApi.keys(o), ['b', 'a']);
  t.deepEqual(ObjectApi.values(o), [1, 'x']);
  t.deepEqual(ObjectApi.entries(o), [['b', 1], ['a', 'x']]);
  t.deepEqual(ObjectApi.keys(['p', 'q']), ['0', '1']);
  t.deepEqual(ObjectApi.keys('ab'), ['0', '1']);
  t.deepEqual(ObjectApi.keys(null), []);
  t.deepEqual(ObjectApi.values(undefined), []);
  t.deepEqual(ObjectApi.entries(5), []);
});

test('Object.freeze - freezes and returns the same object; primitives pass through', (t) => {
  const o = { a: 1 };
  t.is(ObjectApi.freeze(o), o);
  t.true(Object.isFrozen(o));
  t.is(ObjectApi.freeze(3), 3);
  t.is(ObjectApi.freeze(null), null);
});

test('Object.delete - top-level key; true unless frozen; arrays and non-objects false', (t) => {
  const o: Record<string, unknown> = { a: 1, 'b.c': 2, b: { c: 3 } };
  t.true(ObjectApi.delete(o, 'a'));
  t.true(ObjectApi.delete(o, 'missing'));
  t.true(ObjectApi.delete(o, 'b.c'));
  t.deepEqual(o, { b: { c: 3 } });
  t.false(ObjectApi.delete(Object.freeze({ a: 1 }), 'a'));
  const array = [1, 2];
  t.false(ObjectApi.delete(array, '0'));
  t.deepEqual(array, [1, 2]);
  t.false(ObjectApi.delete('str', '0'));
  t.false(ObjectApi.delete(null, 'a'));
});
