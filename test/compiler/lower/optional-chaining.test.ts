import test from 'ava';
import { lines, lowers } from '../_macros.ts';

test('optional-chaining - members, calls and computed keys short-circuit; non-identifiers evaluated once', lowers, {
  source: lines(
    'declare const data: { o?: { a?: { b: number }; f?: ((x: number) => number) | null; list?: number[] } | null; k: string };',
    "const log = require('logToConsole');",
    'let calls = 0;',
    'const get = () => { calls = calls + 1; return data.o; };',
    'log(data.o?.a?.b, get()?.a, data.o?.f?.(2), data.o?.list?.[0], get()?.[data.k]?.b, calls);',
  ),
  data: {"o":{"a":{"b":1},"f":null,"list":[7]},"k":"a"},
  code: lines(
    "const log = require('logToConsole');",
    'var _chain, _chain2, _chain3, _chain4, _chain5, _chain6, _chain7, _chain8;',
    'var calls = 0;',
    'const get = () => {',
    '  calls = calls + 1;',
    '  return data.o;',
    '};',
    'log((_chain = data.o) == null ? undefined : (_chain2 = _chain.a) == null ? undefined : _chain2.b, (_chain3 = get()) == null ? undefined : _chain3.a, (_chain4 = data.o) == null ? undefined : _chain4.f == null ? undefined : _chain4.f(2), (_chain5 = data.o) == null ? undefined : (_chain6 = _chain5.list) == null ? undefined : _chain6[0], (_chain7 = get()) == null ? undefined : (_chain8 = _chain7[data.k]) == null ? undefined : _chain8.b, calls);',
  ),
  logs: [[1,{"b":1},"<undefined>",7,1,2]],
});

test('optional-chaining - a null base gives undefined for the whole chain', lowers, {
  source: lines(
    'declare const data: { o?: { a: { b: number } } | null };',
    "const log = require('logToConsole');",
    'log(data.o?.a.b, data.o?.a.b.toString());',
  ),
  data: {"o":null},
  code: lines(
    "const log = require('logToConsole');",
    'var _chain, _chain2;',
    'log((_chain = data.o) == null ? undefined : _chain.a.b, (_chain2 = data.o) == null ? undefined : _chain2.a.b.toString());',
  ),
  logs: [["<undefined>","<undefined>"]],
});

test('optional-chaining - an optional method call keeps the method call', lowers, {
  source: lines(
    'declare const data: { o: { n: number; m?: () => number } };',
    "const log = require('logToConsole');",
    'const o = { n: 3, m() { return 3; } };',
    'log(o.m?.(), data.o.m?.());',
  ),
  data: {"o":{"n":1}},
  code: lines(
    "const log = require('logToConsole');",
    'var _chain;',
    'const o = {',
    '  n: 3,',
    '  m: function () {',
    '    return 3;',
    '  }',
    '};',
    'log(o.m == null ? undefined : o.m(), (_chain = data.o).m == null ? undefined : _chain.m());',
  ),
  logs: [[3,"<undefined>"]],
});

test('optional-chaining - a temporary inside an arrow is declared in its (now block) body', lowers, {
  source: lines(
    'declare const data: { o?: { a: number } };',
    "const log = require('logToConsole');",
    'const get = () => data.o;',
    'const read = () => get()?.a;',
    'log(read());',
  ),
  data: {"o":{"a":1}},
  code: lines(
    "const log = require('logToConsole');",
    'const get = () => data.o;',
    'const read = () => {',
    '  var _chain;',
    '  return (_chain = get()) == null ? undefined : _chain.a;',
    '};',
    'log(read());',
  ),
  logs: [[1]],
});
