import test from 'ava';
import { lines, lowers } from '../_macros.ts';

test('exponent - ** and **= become Math.pow with one hoisted require', lowers, {
  source: lines(
    'declare const data: { n: number; o: { p: number } };',
    "const log = require('logToConsole');",
    'let x = data.n;',
    'x **= 3;',
    'const o = data.o;',
    'o.p **= 2;',
    'log(2 ** 10, data.n ** 2, x, o.p);',
  ),
  data: {"n":2,"o":{"p":5}},
  code: lines(
    "const Math = require('Math');",
    "const log = require('logToConsole');",
    'var x = data.n;',
    'x = Math.pow(x, 3);',
    'const o = data.o;',
    'o.p = Math.pow(o.p, 2);',
    'log(Math.pow(2, 10), Math.pow(data.n, 2), x, o.p);',
  ),
  logs: [[1024,4,8,25]],
});

test("exponent - an existing require('Math') binding is reused", lowers, {
  source: lines(
    "const Math = require('Math');",
    "const log = require('logToConsole');",
    'log(Math.max(1, 2) ** 2);',
  ),
  code: lines(
    "const Math = require('Math');",
    "const log = require('logToConsole');",
    'log(Math.pow(Math.max(1, 2), 2));',
  ),
  logs: [[4]],
});

test('exponent - a local named Math does not capture the API', lowers, {
  source: lines(
    "const log = require('logToConsole');",
    'function f(Math: number) { return Math ** 2; }',
    'log(f(3));',
  ),
  code: lines(
    "const Math2 = require('Math');",
    "const log = require('logToConsole');",
    'function f(Math) {',
    '  return Math2.pow(Math, 2);',
    '}',
    'log(f(3));',
  ),
  logs: [[9]],
});
