import test from 'ava';
import { lines, lowers } from '../_macros.ts';

test('logical-assignment - statements become ifs, values become logical expressions', lowers, {
  source: lines(
    'declare const data: { a: string; n: number; o: { v?: number } };',
    "const log = require('logToConsole');",
    'let a = data.a;',
    "a ||= 'fallback';",
    'let n = data.n;',
    'n &&= n + 1;',
    'const o = data.o;',
    'o.v ??= 9;',
    'let m: number | undefined;',
    'log(a, n, o.v, (m ??= 4), (m ||= 5));',
  ),
  data: {"a":"","n":1,"o":{}},
  code: lines(
    "const log = require('logToConsole');",
    'var a = data.a;',
    "if (!a) a = 'fallback';",
    'var n = data.n;',
    'if (n) n = n + 1;',
    'const o = data.o;',
    'if (o.v == null) o.v = 9;',
    'var m;',
    'log(a, n, o.v, m != null ? m : m = 4, m || (m = 5));',
  ),
  logs: [["fallback",2,9,4,4]],
});

test("logical-assignment - a member target's object is evaluated once", lowers, {
  source: lines(
    'declare const data: { o: { v: number } };',
    "const log = require('logToConsole');",
    'let calls = 0;',
    'const get = () => { calls = calls + 1; return data.o; };',
    'get().v ||= 5;',
    'log(data.o.v, calls);',
  ),
  data: {"o":{"v":0}},
  code: lines(
    "const log = require('logToConsole');",
    'var _object;',
    'var calls = 0;',
    'const get = () => {',
    '  calls = calls + 1;',
    '  return data.o;',
    '};',
    'if (!(_object = get()).v) _object.v = 5;',
    'log(data.o.v, calls);',
  ),
  logs: [[5,1]],
});
