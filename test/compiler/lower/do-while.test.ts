import test from 'ava';
import { lines, lowers } from '../_macros.ts';

test('do-while - the body runs once before the test; continue reaches the test; break leaves', lowers, {
  source: lines(
    "const log = require('logToConsole');",
    'let i = 0;',
    'do {',
    '  i++;',
    '  if (i === 2) continue;',
    '  if (i === 4) break;',
    '  log(i);',
    '} while (i < 10);',
    'let n = 0;',
    'do n++; while (false);',
    'log(i, n);',
  ),
  code: lines(
    "const log = require('logToConsole');",
    'var i = 0;',
    'for (let _first = true; _first || i < 10; _first = false) {',
    '  i++;',
    '  if (i === 2) continue;',
    '  if (i === 4) break;',
    '  log(i);',
    '}',
    'var n = 0;',
    'for (let _first2 = true; _first2 || false; _first2 = false) n++;',
    'log(i, n);',
  ),
  logs: [[1],[3],[4,1]],
});
