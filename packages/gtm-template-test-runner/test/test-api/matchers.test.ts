import test from 'ava';
import { matchers, createAssertThat } from '../../src/test-api/matchers.ts';
import { createAssertApi } from '../../src/test-api/assert-api.ts';

const assertThat = createAssertThat((v) => v);
const fn = (): number => 1;

/** [matcher, actual, arguments that pass, arguments that fail, the failure message]. */
const cases: [string, unknown, unknown[], unknown[] | { actual: unknown; args: unknown[] }, string][] = [
  ['isUndefined', undefined, [], { actual: null, args: [] }, 'expected null to be undefined'],
  ['isDefined', 0, [], { actual: undefined, args: [] }, 'expected undefined to be defined'],
  ['isNull', null, [], { actual: undefined, args: [] }, 'expected undefined to be null'],
  ['isNotNull', undefined, [], { actual: null, args: [] }, 'expected null not to be null'],
  ['isTrue', true, [], { actual: 1, args: [] }, 'expected 1 to be true'],
  ['isFalse', false, [], { actual: 0, args: [] }, 'expected 0 to be false'],
  ['isTruthy', 'a', [], { actual: '', args: [] }, 'expected "" to be truthy'],
  ['isFalsy', 0, [], { actual: [], args: [] }, 'expected [] to be falsy'],
  ['isNaN', NaN, [], { actual: 'NaN', args: [] }, 'expected "NaN" to be NaN'],
  ['isNotNaN', 'NaN', [], { actual: NaN, args: [] }, 'expected NaN not to be NaN'],
  ['isInfinity', -Infinity, [], { actual: 1e308, args: [] }, 'expected 1e+308 to be infinity'],
  ['isNotInfinity', 1, [], { actual: Infinity, args: [] }, 'expected Infinity not to be infinity'],
  ['isEqualTo', { a: [1, { b: NaN }] }, [{ a: [1, { b: NaN }] }], [{ a: [1, { b: 0 }] }], 'expected {a: [1, {b: NaN}]} to be equal to {a: [1, {b: 0}]}'],
  ['isNotEqualTo', [1], [[2]], [[1]], 'expected [1] not to be equal to [1]'],
  ['isAnyOf', 'b', ['a', 'b'], ['a', 'c'], 'expected "b" to be any of "a", "c"'],
  ['isNoneOf', 'b', ['a', 'c'], ['a', 'b'], 'expected "b" to be none of "a", "b"'],
  ['isStrictlyEqualTo', fn, [fn], [() => 1], 'expected function to be strictly equal to function'],
  ['isNotStrictlyEqualTo', { a: 1 }, [{ a: 1 }], { actual: 1, args: [1] }, 'expected 1 not to be strictly equal to 1'],
  ['isGreaterThan', 2, [1], [2], 'expected 2 to be greater than 2'],
  ['isGreaterThanOrEqualTo', 2, [2], [3], 'expected 2 to be greater than or equal to 3'],
  ['isLessThan', 1, [2], [1], 'expected 1 to be less than 1'],
  ['isLessThanOrEqualTo', 1, [1], [0], 'expected 1 to be less than or equal to 0'],
  ['contains', [1, { a: 2 }, 3], [{ a: 2 }, 1], [4], 'expected [1, {a: 2}, 3] to contain 4'],
  ['doesNotContain', 'abc', ['x', 'y'], ['b'], 'expected "abc" not to contain "b"'],
  ['containsExactly', [1, 2, 2], [2, 1, 2], [1, 2], 'expected [1, 2, 2] to contain exactly 1, 2'],
  ['doesNotContainExactly', [1, 2], [1, 2, 3], [2, 1], 'expected [1, 2] not to contain exactly 2, 1'],
  ['hasLength', 'abc', [3], [2], 'expected "abc" to have length 2'],
  ['isEmpty', {}, [], { actual: [0], args: [] }, 'expected [0] to be empty'],
  ['isNotEmpty', 'a', [], { actual: '', args: [] }, 'expected "" not to be empty'],
  ['isArray', [], [], { actual: { length: 0 }, args: [] }, 'expected {length: 0} to be an array'],
  ['isBoolean', false, [], { actual: 'false', args: [] }, 'expected "false" to be a boolean'],
  ['isFunction', fn, [], { actual: {}, args: [] }, 'expected {} to be a function'],
  ['isNumber', NaN, [], { actual: '1', args: [] }, 'expected "1" to be a number'],
  ['isObject', {}, [], { actual: [], args: [] }, 'expected [] to be an object'],
  ['isString', '', [], { actual: null, args: [] }, 'expected null to be a string'],
];

test('matchers - the table is GTM\'s full list, each with a case here', (t) => {
  t.deepEqual(Object.keys(matchers).sort(), cases.map(([name]) => name).sort());
  t.is(cases.length, 35);
});

const passes = test.macro({
  exec(t, name: string, actual: unknown, args: unknown[]) {
    t.notThrows(() => assertThat(actual)[name]?.(...args));
  },
  title: (_p, name: string) => `assertThat - ${name} passes`,
});

const fails = test.macro({
  exec(t, name: string, actual: unknown, args: unknown[], message: string) {
    t.throws(() => assertThat(actual)[name]?.(...args), { message: `assertThat(…).${name}: ${message}` });
    t.throws(() => assertThat(actual, 'why')[name]?.(...args), { message: `why: assertThat(…).${name}: ${message}` });
  },
  title: (_p, name: string) => `assertThat - ${name} fails`,
});

for (const [name, actual, passing, failing, message] of cases) {
  test(passes, name, actual, passing);
  const failure = Array.isArray(failing) ? { actual, args: failing } : failing;
  test(fails, name, failure.actual, failure.args, message);
}

test('assertApi - wasCalled, wasNotCalled, wasCalledWith, wasNotCalledWith', (t) => {
  const cb = (): void => undefined;
  const calls = new Map<string, unknown[][]>([['sendPixel', [['https://a.example/', { n: 1 }, cb]]]]);
  const assertApi = createAssertApi(calls, (v) => v);
  t.notThrows(() => assertApi('sendPixel').wasCalled?.());
  t.notThrows(() => assertApi('injectScript').wasNotCalled?.());
  t.notThrows(() => assertApi('sendPixel').wasCalledWith?.('https://a.example/', { n: 1 }, cb));
  t.notThrows(() => assertApi('sendPixel').wasNotCalledWith?.('https://a.example/', { n: 1 }, () => undefined));
  t.throws(() => assertApi('injectScript').wasCalled?.(), { message: "assertApi('injectScript').wasCalled: it was never called" });
  t.throws(() => assertApi('sendPixel').wasNotCalled?.(), {
    message: 'assertApi(\'sendPixel\').wasNotCalled: it was called 1 time(s): ("https://a.example/", {n: 1}, function)',
  });
  t.throws(() => assertApi('sendPixel').wasCalledWith?.('https://a.example/'), {
    message: 'assertApi(\'sendPixel\').wasCalledWith("https://a.example/"): its calls: ("https://a.example/", {n: 1}, function)',
  });
  t.throws(() => assertApi('sendPixel').wasNotCalledWith?.('https://a.example/', { n: 1 }, cb), {
    message: 'assertApi(\'sendPixel\').wasNotCalledWith("https://a.example/", {n: 1}, function): it was called with these arguments',
  });
});
