import test from 'ava';
import { createPureApis, pureApis } from '../../src/apis/pure/index.ts';

test('pureApis - names and contexts (research §2.1 / §2.2)', (t) => {
  const byContext = (context: 'web' | 'server') => Object.keys(pureApis).filter((n) => pureApis[n]?.contexts.includes(context)).sort();
  t.deepEqual(byContext('web'), [
    'JSON', 'Math', 'Object', 'decodeUri', 'decodeUriComponent', 'encodeUri', 'encodeUriComponent', 'fromBase64', 'generateRandom',
    'getTimestamp', 'getTimestampMillis', 'getType', 'makeInteger', 'makeNumber', 'makeString', 'makeTableMap', 'parseUrl', 'sha256', 'toBase64',
  ]);
  t.deepEqual(byContext('server'), [
    'JSON', 'Math', 'Object', 'computeEffectiveTldPlusOne', 'createRegex', 'decodeUri', 'decodeUriComponent', 'encodeUri', 'encodeUriComponent',
    'fromBase64', 'generateRandom', 'getTimestamp', 'getTimestampMillis', 'getType', 'makeInteger', 'makeNumber', 'makeString', 'makeTableMap',
    'parseUrl', 'sha256', 'sha256Sync', 'testRegex', 'toBase64',
  ]);
});

test('pureApis - JSON, Math and Object are objects of functions; the rest functions', (t) => {
  for (const [name, entry] of Object.entries(pureApis)) {
    if (['JSON', 'Math', 'Object'].includes(name)) {
      t.true(Object.values(entry.value as object).every((m) => typeof m === 'function'), name);
    } else t.is(typeof entry.value, 'function', name);
  }
  t.deepEqual(Object.keys(pureApis.Math?.value as object).sort(), ['abs', 'ceil', 'floor', 'max', 'min', 'pow', 'round', 'sqrt']);
  t.deepEqual(Object.keys(pureApis.Object?.value as object).sort(), ['delete', 'entries', 'freeze', 'keys', 'values']);
  t.deepEqual(pureApis.Object?.byReference, ['freeze', 'delete']);
});

test('createPureApis - injected clock, random source and defer', (t) => {
  const deferred: (() => void)[] = [];
  const apis = createPureApis({ now: () => 1234, random: () => 0.5, defer: (fn) => deferred.push(fn) });
  const call = (name: string, ...args: unknown[]): unknown => (apis[name]?.value as (...a: unknown[]) => unknown)(...args);
  t.is(call('getTimestampMillis'), 1234);
  t.is(call('getTimestamp'), 1234);
  t.is(call('generateRandom', 0, 10), 5);
  const got: unknown[] = [];
  call('sha256', 'abc', (d: unknown) => got.push(d), undefined, { outputEncoding: 'hex' });
  t.deepEqual(got, []);
  deferred.forEach((fn) => fn());
  t.deepEqual(got, ['ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad']);
});
