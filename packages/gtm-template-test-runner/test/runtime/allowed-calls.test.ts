import test from 'ava';
import { AllowedCalls } from '../../src/runtime/allowed-calls.ts';

test('AllowedCalls - a call is known once added, by API name and every argument', (t) => {
  const calls = new AllowedCalls();
  t.false(calls.has('getRequestPath', []));
  calls.add('getRequestPath', []);
  calls.add('getRequestQueryParameter', ['st']);
  calls.add('setResponseHeader', ['vary', 'Origin']);
  t.true(calls.has('getRequestPath', []));
  t.true(calls.has('getRequestQueryParameter', ['st']));
  t.false(calls.has('getRequestQueryParameter', ['cp']));
  t.false(calls.has('getRequestHeader', ['st']));
  t.true(calls.has('setResponseHeader', ['vary', 'Origin']));
  t.false(calls.has('setResponseHeader', ['vary', 'Cookie']));
  t.false(calls.has('setResponseHeader', ['vary']));
});

test('AllowedCalls - arguments of different types never share an entry', (t) => {
  const calls = new AllowedCalls();
  calls.add('api', [1]);
  calls.add('api', ['x', null]);
  t.true(calls.has('api', [1]));
  t.false(calls.has('api', ['1']));
  t.false(calls.has('api', [true]));
  t.true(calls.has('api', ['x', null]));
  t.false(calls.has('api', ['x', 'null']));
  t.false(calls.has('api', ['x', undefined]));
});

test('AllowedCalls - calls with an object or a function argument, or a long one, are not kept', (t) => {
  const calls = new AllowedCalls();
  const long = 'u'.repeat(300);
  calls.add('runContainer', [{ a: 1 }]);
  calls.add('sendPixel', ['https://p.example/', () => undefined]);
  calls.add('sendHttpRequest', [long]);
  calls.add('api', ['a', long]);
  t.false(calls.has('runContainer', [{ a: 1 }]));
  t.false(calls.has('sendPixel', ['https://p.example/', () => undefined]));
  t.false(calls.has('sendHttpRequest', [long]));
  t.false(calls.has('api', ['a', long]));
});

test('AllowedCalls - bounded: at 4,096 entries all are dropped and the next is kept', (t) => {
  const calls = new AllowedCalls();
  for (let i = 0; i < 4096; i += 1) calls.add('getRequestQueryParameter', ['p' + i]);
  t.true(calls.has('getRequestQueryParameter', ['p0']));
  t.true(calls.has('getRequestQueryParameter', ['p4095']));
  calls.add('getRequestPath', []);
  t.false(calls.has('getRequestQueryParameter', ['p0']));
  t.false(calls.has('getRequestQueryParameter', ['p4095']));
  t.true(calls.has('getRequestPath', []));
});
