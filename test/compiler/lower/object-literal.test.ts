import test from 'ava';
import { lines, lowers } from '../_macros.ts';

test('object-literal - shorthand properties and methods become ES5 properties', lowers, {
  source: lines(
    "const log = require('logToConsole');",
    'const n = 1;',
    'const o = { n, twice(x: number) { return x * 2; } };',
    'log(o.n, o.twice(3));',
  ),
  code: lines(
    "const log = require('logToConsole');",
    'const n = 1;',
    'const o = {',
    '  n: n,',
    '  twice: function (x) {',
    '    return x * 2;',
    '  }',
    '};',
    'log(o.n, o.twice(3));',
  ),
  logs: [[1,6]],
});
