import test from 'ava';
import { lines, lowers } from '../_macros.ts';

test('template-literal - substitutions first, middle and last, with precedence kept', lowers, {
  source: lines(
    'declare const data: { n: number; s: string };',
    "const log = require('logToConsole');",
    "log(`n=${data.n}`, `${data.n}${data.n}`, `${data.n + 1} items`, `a${data.s || 'x'}b`);",
  ),
  data: {"n":2,"s":""},
  code: lines(
    "const log = require('logToConsole');",
    "log('n=' + data.n, '' + data.n + data.n, data.n + 1 + ' items', 'a' + (data.s || 'x') + 'b');",
  ),
  logs: [["n=2","22","3 items","axb"]],
});

test('template-literal - plain text, escapes and line breaks become one string literal', lowers, {
  source: lines(
    "const log = require('logToConsole');",
    'log(`it\'s`, ``, `line\\none`, `two',
    'lines`);',
  ),
  code: lines(
    "const log = require('logToConsole');",
    'log(\'it\\\'s\', \'\', \'line\\none\', \'two\\nlines\');',
  ),
  logs: [["it's","","line\none","two\nlines"]],
});

test('template-literal - nested in a + chain stays one operand', lowers, {
  source: lines(
    'declare const data: { n: number };',
    "const log = require('logToConsole');",
    'log(1 + `${data.n}`, `${`${data.n}`}!`);',
  ),
  data: {"n":2},
  code: lines(
    "const log = require('logToConsole');",
    "log('1' + data.n, '' + data.n + '!');",
  ),
  logs: [["12","2!"]],
});
