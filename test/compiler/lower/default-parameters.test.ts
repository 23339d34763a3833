import test from 'ava';
import { lines, lowers } from '../_macros.ts';

test('default-parameters - defaults are applied in order when the argument is undefined', lowers, {
  source: lines(
    "const log = require('logToConsole');",
    "function greet(name: string, greeting = 'Hello', punctuation = '!') {",
    "  return greeting + ', ' + name + punctuation;",
    '}',
    'const twice = (x = 1) => x * 2;',
    "log(greet('Ada'), greet('Ada', 'Hi', undefined), twice(), twice(4));",
  ),
  code: lines(
    "const log = require('logToConsole');",
    'function greet(name, greeting, punctuation) {',
    "  if (greeting === undefined) greeting = 'Hello';",
    "  if (punctuation === undefined) punctuation = '!';",
    "  return greeting + ', ' + name + punctuation;",
    '}',
    'const twice = x => {',
    '  if (x === undefined) x = 1;',
    '  return x * 2;',
    '};',
    "log(greet('Ada'), greet('Ada', 'Hi', undefined), twice(), twice(4));",
  ),
  logs: [["Hello, Ada!","Hi, Ada!",2,8]],
});

test('default-parameters - a destructured parameter with a default', lowers, {
  source: lines(
    "const log = require('logToConsole');",
    'function area({ w, h } = { w: 2, h: 3 }) {',
    '  return w * h;',
    '}',
    'log(area(), area({ w: 5, h: 5 }));',
  ),
  code: lines(
    "const log = require('logToConsole');",
    'function area(_param) {',
    '  if (_param === undefined) _param = { w: 2, h: 3 };',
    '  var w = _param.w, h = _param.h;',
    '  return w * h;',
    '}',
    'log(area(), area({ w: 5, h: 5 }));',
  ),
  logs: [[6,25]],
});
