import test from 'ava';
import { lines, lowers } from '../_macros.ts';

test('computed-key - keys and values in source order; plain properties before the first computed key stay in the literal', lowers, {
  source: lines(
    'declare const data: { k: string };',
    "const log = require('logToConsole');",
    'const order: string[] = [];',
    'const at = (s: string) => { order.push(s); return s; };',
    "log({ a: 1, [at(data.k)]: at('v'), b: at('b'), 'c-d': 3, 4: 'four' }, order);",
  ),
  data: {"k":"key"},
  code: lines(
    "const log = require('logToConsole');",
    'const order = [];',
    'const at = s => {',
    '  order.push(s);',
    '  return s;',
    '};',
    "log(setProperty(setProperty(setProperty(setProperty({ a: 1 }, at(data.k), at('v')), 'b', at('b')), 'c-d', 3), 4, 'four'), order);",
    'function setProperty(target, key, value) {',
    '  target[key] = value;',
    '  return target;',
    '}',
  ),
  logs: [[{"4":"four","a":1,"key":"v","b":"b","c-d":3},["key","v","b"]]],
});

test('computed-key - with spread', lowers, {
  source: lines(
    'declare const data: { k: string; o: { z: number } };',
    "const log = require('logToConsole');",
    'log({ ...data.o, [data.k]: 1 });',
  ),
  data: {"k":"key","o":{"z":0}},
  code: lines(
    "const log = require('logToConsole');",
    'log(objectSpread({}, data.o, setProperty({}, data.k, 1)));',
    'function objectSpread(target) {',
    '  for (var i = 1; i < arguments.length; i++) {',
    '    var source = arguments[i];',
    '    if (source != null) {',
    '      for (var key in source) target[key] = source[key];',
    '    }',
    '  }',
    '  return target;',
    '}',
    'function setProperty(target, key, value) {',
    '  target[key] = value;',
    '  return target;',
    '}',
  ),
  logs: [[{"z":0,"key":1}]],
});
