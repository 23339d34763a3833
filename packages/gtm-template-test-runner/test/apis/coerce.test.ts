import test from 'ava';
import { getType, makeInteger, makeNumber, makeString } from '../../src/apis/pure/coerce.ts';

const is = test.macro({
  exec: (t, fn: (v: unknown) => unknown, input: unknown, expected: unknown) => t.is(fn(input), expected),
  title: (_p, fn: (v: unknown) => unknown, input: unknown, expected: unknown) =>
    `${fn.name} - ${typeof input === 'string' ? JSON.stringify(input) : Array.isArray(input) ? `[${String(input)}]` : String(input)} → ${typeof expected === 'string' ? JSON.stringify(expected) : String(expected)}`,
});

test(is, makeString, null, 'null');
test(is, makeString, undefined, 'undefined');
test(is, makeString, 12.5, '12.5');
test(is, makeString, -0, '0');
test(is, makeString, Number.NaN, 'NaN');
test(is, makeString, true, 'true');
test(is, makeString, 'x', 'x');
test(is, makeString, [1, 'a', null, undefined, [2, 3]], '1,a,,,2,3');
test(is, makeString, [], '');
test(is, makeString, { toString: () => 'hooked' }, '[object Object]');
test(is, makeString, () => 1, 'function');
test('makeString - a cyclic array prints its inner occurrence as ""', (t) => {
  const a: unknown[] = [1];
  a.push(a);
  t.is(makeString(a), '1,');
});

test(is, makeNumber, '', 0);
test(is, makeNumber, ' 12 ', 12);
test(is, makeNumber, '12.5', 12.5);
test(is, makeNumber, '0x1f', 31);
test(is, makeNumber, '1e3', 1000);
test(is, makeNumber, '12px', Number.NaN);
test(is, makeNumber, '42,2', Number.NaN);
test(is, makeNumber, null, 0);
test(is, makeNumber, undefined, Number.NaN);
test(is, makeNumber, true, 1);
test(is, makeNumber, false, 0);
test(is, makeNumber, [7], 7);
test(is, makeNumber, [1, 2], Number.NaN);
test(is, makeNumber, {}, Number.NaN);

test(is, makeInteger, '42.9', 42);
test(is, makeInteger, -3.7, -3);
test(is, makeInteger, '-0.5', -0);
test(is, makeInteger, 'abc', Number.NaN);
test(is, makeInteger, '  7 ', 7);
test(is, makeInteger, true, 1);
test(is, makeInteger, null, 0);
test(is, makeInteger, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);

test('getType - the eight sandbox types', (t) => {
  t.deepEqual(
    ['s', 1, Number.NaN, false, null, undefined, [], {}, () => 0, Object.create(null)].map(getType),
    ['string', 'number', 'number', 'boolean', 'null', 'undefined', 'array', 'object', 'function', 'object'],
  );
});
