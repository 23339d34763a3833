import test from 'ava';
import { lines, lowers } from '../_macros.ts';

test("nullish-coalescing - null and undefined fall through, 0 and '' do not, left side evaluated once", lowers, {
  source: lines(
    'declare const data: { a?: string | null; z?: number; y?: number };',
    "const log = require('logToConsole');",
    'let calls = 0;',
    'const f = (): number | undefined => { calls = calls + 1; return undefined; };',
    "log(data.a ?? 'default', f() ?? 0, calls, data.z ?? data.y ?? 3);",
  ),
  data: {"a":null,"y":0},
  code: lines(
    "const log = require('logToConsole');",
    'var _nullish, _nullish2, _nullish3, _nullish4;',
    'var calls = 0;',
    'const f = () => {',
    '  calls = calls + 1;',
    '  return undefined;',
    '};',
    "log((_nullish = data.a) != null ? _nullish : 'default', (_nullish2 = f()) != null ? _nullish2 : 0, calls, (_nullish4 = (_nullish3 = data.z) != null ? _nullish3 : data.y) != null ? _nullish4 : 3);",
  ),
  logs: [["default",0,1,0]],
});

test('nullish-coalescing - an identifier is read twice, no temporary', lowers, {
  source: lines(
    'declare const data: { v: string };',
    "const log = require('logToConsole');",
    'const v = data.v;',
    "log(v ?? 'none');",
  ),
  data: {"v":""},
  code: lines(
    "const log = require('logToConsole');",
    'const v = data.v;',
    "log(v != null ? v : 'none');",
  ),
  logs: [[""]],
});
