import test from 'ava';
import { lines, lowers } from '../_macros.ts';

test('rest-parameters - copied from arguments; an arrow becomes a function expression', lowers, {
  source: lines(
    "const log = require('logToConsole');",
    'function count(first: string, ...rest: string[]) {',
    '  return first + rest.length;',
    '}',
    "const all = (...xs: number[]) => xs.join('+');",
    "log(count('a'), count('a', 'b', 'c'), all(1, 2, 3));",
  ),
  code: lines(
    "const log = require('logToConsole');",
    'function count(first) {',
    '  var rest = [];',
    '  for (var _i = 1; _i < arguments.length; _i++) rest.push(arguments[_i]);',
    '  return first + rest.length;',
    '}',
    'const all = function () {',
    '  var xs = [];',
    '  for (var _i2 = 0; _i2 < arguments.length; _i2++) xs.push(arguments[_i2]);',
    "  return xs.join('+');",
    '};',
    "log(count('a'), count('a', 'b', 'c'), all(1, 2, 3));",
  ),
  logs: [["a0","a2","1+2+3"]],
});
