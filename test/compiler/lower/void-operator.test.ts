import test from 'ava';
import { lines, lowers } from '../_macros.ts';

test('void-operator - void of a literal is undefined, a void statement keeps its effect', lowers, {
  source: lines(
    "const log = require('logToConsole');",
    "const f = () => log('called');",
    'void f();',
    "log(void 0, void 'x');",
  ),
  code: lines(
    "const log = require('logToConsole');",
    "const f = () => log('called');",
    'f();',
    'log(undefined, undefined);',
  ),
  logs: [["called"],["<undefined>","<undefined>"]],
});
