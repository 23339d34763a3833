import test from 'ava';
import { lines, lowers } from '../_macros.ts';

test('destructuring - nested object and array declarations with defaults and rest', lowers, {
  source: lines(
    'declare const data: { user: { name: string; address?: { city?: string }; tags: string[]; id: number; extra: boolean } };',
    "const log = require('logToConsole');",
    "const { name, address: { city = 'unknown' } = {}, ...others } = data.user;",
    "const [first, , third = 'none', ...more] = data.user.tags;",
    'log(name, city, others, first, third, more);',
  ),
  data: {"user":{"name":"Ada","tags":["a","b"],"id":1,"extra":true}},
  code: lines(
    "const log = require('logToConsole');",
    "const _ref = data.user, name = _ref.name, _ref2 = _ref.address === undefined ? {} : _ref.address, city = _ref2.city === undefined ? 'unknown' : _ref2.city, others = objectRest(_ref, ['name', 'address']);",
    "const _ref3 = data.user.tags, first = _ref3[0], third = _ref3[2] === undefined ? 'none' : _ref3[2], more = _ref3.slice(3);",
    'log(name, city, others, first, third, more);',
    'function objectRest(source, excluded) {',
    '  var target = {};',
    '  for (var key in source) {',
    '    if (excluded.indexOf(key) === -1) target[key] = source[key];',
    '  }',
    '  return target;',
    '}',
  ),
  logs: [["Ada","unknown",{"tags":["a","b"],"id":1,"extra":true},"a","none",[]]],
});

test('destructuring - parameters, for-of heads and a swap', lowers, {
  source: lines(
    "const log = require('logToConsole');",
    "function describe({ id, label = 'item' }: { id: number; label?: string }, [x, y]: number[]) {",
    "  return label + id + ':' + (x + y);",
    '}',
    "const pairs: [string, number][] = [['a', 1], ['b', 2]];",
    'for (const [key, value] of pairs) log(key, value);',
    'let p = 1;',
    'let q = 2;',
    '[p, q] = [q, p];',
    'log(describe({ id: 7 }, [1, 2]), p, q);',
  ),
  code: lines(
    "const log = require('logToConsole');",
    'function describe(_param, _param2) {',
    "  var id = _param.id, label = _param.label === undefined ? 'item' : _param.label;",
    '  var x = _param2[0], y = _param2[1];',
    "  return label + id + ':' + (x + y);",
    '}',
    "const pairs = [['a', 1], ['b', 2]];",
    'for (const _ref of pairs) {',
    '  const key = _ref[0], value = _ref[1];',
    '  log(key, value);',
    '}',
    'var p = 1;',
    'var q = 2;',
    'const _ref2 = [q, p];',
    'p = _ref2[0];',
    'q = _ref2[1];',
    'log(describe({ id: 7 }, [1, 2]), p, q);',
  ),
  logs: [["a",1],["b",2],["item7:3",2,1]],
});

test('destructuring - an identifier source is read directly; a computed key is evaluated once', lowers, {
  source: lines(
    'declare const data: { o: { [k: string]: number }; k: string };',
    "const log = require('logToConsole');",
    'const o = data.o;',
    'const { [data.k]: picked, ...left } = o;',
    'log(picked, left);',
  ),
  data: {"o":{"a":1,"b":2},"k":"a"},
  code: lines(
    "const log = require('logToConsole');",
    'const o = data.o;',
    'const _key = data.k, picked = o[_key], left = objectRest(o, [_key]);',
    'log(picked, left);',
    'function objectRest(source, excluded) {',
    '  var target = {};',
    '  for (var key in source) {',
    '    if (excluded.indexOf(key) === -1) target[key] = source[key];',
    '  }',
    '  return target;',
    '}',
  ),
  logs: [[1,{"b":2}]],
});
