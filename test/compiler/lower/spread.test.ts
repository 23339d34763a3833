import test from 'ava';
import { lines, lowers } from '../_macros.ts';

test('spread - array spread becomes concat, object spread a for-in copy helper', lowers, {
  source: lines(
    'declare const data: { list: number[]; o: { a: number; b: number } };',
    "const log = require('logToConsole');",
    'const more = [3, 4];',
    'log([...data.list], [0, ...data.list, ...more, 5], { ...data.o }, { z: 0, ...data.o, b: 9 });',
  ),
  data: {"list":[1,2],"o":{"a":1,"b":2}},
  code: lines(
    "const log = require('logToConsole');",
    'const more = [3, 4];',
    'log([].concat(data.list), [0].concat(data.list, more, [5]), objectSpread({}, data.o), objectSpread({ z: 0 }, data.o, { b: 9 }));',
    'function objectSpread(target) {',
    '  for (var i = 1; i < arguments.length; i++) {',
    '    var source = arguments[i];',
    '    if (source != null) {',
    '      for (var key in source) target[key] = source[key];',
    '    }',
    '  }',
    '  return target;',
    '}',
  ),
  logs: [[[1,2],[0,1,2,3,4,5],{"a":1,"b":2},{"z":0,"a":1,"b":9}]],
});

test('spread - a copy is a new array and a new object', lowers, {
  source: lines(
    'declare const data: { list: number[]; o: { a: number } };',
    "const log = require('logToConsole');",
    'const list = [...data.list];',
    'list.push(9);',
    'const o = { ...data.o };',
    'o.a = 2;',
    'log(data.list, list, data.o, o);',
  ),
  data: {"list":[1],"o":{"a":1}},
  code: lines(
    "const log = require('logToConsole');",
    'const list = [].concat(data.list);',
    'list.push(9);',
    'const o = objectSpread({}, data.o);',
    'o.a = 2;',
    'log(data.list, list, data.o, o);',
    'function objectSpread(target) {',
    '  for (var i = 1; i < arguments.length; i++) {',
    '    var source = arguments[i];',
    '    if (source != null) {',
    '      for (var key in source) target[key] = source[key];',
    '    }',
    '  }',
    '  return target;',
    '}',
  ),
  logs: [[[1],[1,9],{"a":1},{"a":2}]],
});
