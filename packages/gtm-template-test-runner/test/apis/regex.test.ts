import test from 'ava';
import { createRegex, isRegexHandle, regexOf, testRegex } from '../../src/apis/pure/regex.ts';

test('createRegex / testRegex - match, no match, flags i', (t) => {
  const hex = createRegex('^[a-f0-9]{64}$');
  t.true(testRegex(hex, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'));
  t.false(testRegex(hex, 'BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD'));
  t.true(testRegex(createRegex('^[a-f0-9]{64}$', 'i'), 'BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD'));
});

test('testRegex - a global regex is stateful (lastIndex advances)', (t) => {
  const re = createRegex('a', 'g');
  t.deepEqual([testRegex(re, 'aa'), testRegex(re, 'aa'), testRegex(re, 'aa'), testRegex(re, 'aa')], [true, true, false, true]);
});

test('createRegex - other flag characters are silently ignored', (t) => {
  const re = createRegex('^a.b$', 'msyu');
  t.is(regexOf(re)?.flags, '');
  t.false(testRegex(re, 'A\nb'));
});

test('createRegex - null for invalid patterns and for syntax RE2 lacks', (t) => {
  t.is(createRegex('('), null);
  t.is(createRegex('a(?=b)'), null);
  t.is(createRegex('a(?!b)'), null);
  t.is(createRegex('(?<=a)b'), null);
  t.is(createRegex('(?<!a)b'), null);
  t.is(createRegex('(a)\\1'), null);
  t.is(createRegex('(?<x>a)\\k<x>'), null);
  t.is(createRegex(42), null);
});

test('createRegex - RE2-compatible patterns that only look like lookarounds are fine', (t) => {
  t.true(testRegex(createRegex('[(?=]+'), '(?='));
  t.true(testRegex(createRegex('\\(\\?=x'), '(?=x'));
  t.true(testRegex(createRegex('(?:ab)+'), 'abab'));
  t.true(testRegex(createRegex('[\\1]'), '\u0001'));
});

test('createRegex - the handle is opaque: no own keys, frozen, recognised by regexOf', (t) => {
  const re = createRegex('x');
  t.deepEqual(Object.keys(re ?? {}), []);
  t.true(Object.isFrozen(re));
  t.true(isRegexHandle(re));
  t.false(isRegexHandle({}));
  t.is(regexOf({}), undefined);
});

test('testRegex - throws for something that is not a createRegex handle', (t) => {
  t.throws(() => testRegex({}, 'a'), { instanceOf: TypeError, message: 'testRegex: the first argument must be a regex made by createRegex' });
});
