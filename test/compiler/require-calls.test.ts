/**
 * `mergeDuplicateRequires` on hand-written programs (as they are after `hoistRequires`): which duplicates merge,
 * which must stay because a renamed reference could be captured or could read another value, and that each
 * program logs the same before and after.
 */
import { parse } from 'acorn';
import test from 'ava';
import { print } from '../../compiler/print.ts';
import { mergeDuplicateRequires } from '../../compiler/require-calls.ts';
import { run } from './_helpers.ts';
import { lines } from './_macros.ts';

function merged(source: string, keep: readonly string[] = []): string {
  const program = parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true });
  mergeDuplicateRequires(program, new Set(keep));
  return print(program);
}

/** `source` merges into `expected`; both log `logs`. */
const merges = test.macro({
  exec(t, source: string, expected: string, logs: unknown[][]) {
    const code = merged(source);
    t.is(code, expected);
    t.deepEqual(run(source), logs);
    t.deepEqual(run(code), logs);
  },
  title: (provided = '') => `mergeDuplicateRequires - ${provided}`,
});

/** `source` is left as it is (printed unchanged); it logs `logs`. */
const keeps = test.macro({
  exec(t, source: string, logs: unknown[][], keep: readonly string[] = []) {
    const code = merged(source, keep);
    t.is(code, merged(source, ['J', 'K', 'L']));
    t.is(code, source);
    t.deepEqual(run(code), logs);
  },
  title: (provided = '') => `mergeDuplicateRequires - keeps the duplicate: ${provided}`,
});

test(
  'later requires of an API are dropped, their references renamed; property names, keys and labels are not',
  merges,
  lines(
    "const J = require('JSON');",
    "const log = require('logToConsole');",
    "const K = require('JSON'), M = require('Math');",
    "const L = require('JSON');",
    'const o = { K: K.stringify(1), L };',
    'o.K = o.K + L.stringify([2]);',
    'K: for (let i = 0; i < 1; i++) {',
    '  break K;',
    '}',
    'log(o.K, o.L === J, M.max(1, 2), typeof K);',
  ),
  lines(
    "const J = require('JSON');",
    "const log = require('logToConsole');",
    "const M = require('Math');",
    'const o = { K: J.stringify(1), L: J };',
    'o.K = o.K + J.stringify([2]);',
    'K: for (let i = 0; i < 1; i++) {',
    '  break K;',
    '}',
    'log(o.K, o.L === J, M.max(1, 2), typeof J);',
  ),
  [['1[2]', true, 2, 'object']],
);

test(
  'a statement left without declarators is removed',
  merges,
  lines("const J = require('JSON');", "const K = require('JSON');", "require('logToConsole')(K.stringify('a'));"),
  lines("const J = require('JSON');", "require('logToConsole')(J.stringify('a'));"),
  [['"a"']],
);

// The first name declared again in a nested scope: the renamed reference would read that binding instead.
const shadowsFirst: [string, string, unknown[][]][] = [
  ['a parameter', 'function show(J) {\n  return K.stringify(J);\n}', [['"b"']]],
  ['a destructured parameter', 'const show = x => (({J}) => K.stringify(J))({ J: x });', [['"b"']]],
  ['a destructured variable', 'function show(x) {\n  const [J] = [x];\n  return K.stringify(J);\n}', [['"b"']]],
  ['a local variable', 'function show(x) {\n  let J = x + \'!\';\n  return K.stringify(J);\n}', [['"b!"']]],
  ['a function name', 'function show(x) {\n  function J() {}\n  return K.stringify(x) + typeof J;\n}', [['"b"function']]],
  ['a named function expression', 'const show = function J(x) {\n  return K.stringify(x) + typeof J;\n};', [['"b"function']]],
  ['a catch parameter', 'function show(x) {\n  try {\n    throw x;\n  } catch (J) {\n    return K.stringify(J);\n  }\n}', [['"b"']]],
];
for (const [what, show, logs] of shadowsFirst) {
  test(
    `the first name is ${what} elsewhere`,
    keeps,
    lines("const log = require('logToConsole');", "const J = require('JSON');", "const K = require('JSON');", "const L = require('JSON');", show, "log(show('b'));"),
    logs,
  );
}

test(
  'its own name is declared again in a nested scope',
  keeps,
  lines(
    "const log = require('logToConsole');",
    "const J = require('JSON');",
    "const K = require('JSON');",
    'function show(x) {',
    '  const K = { stringify: s => s };',
    '  return K.stringify(x);',
    '}',
    "log(K.stringify('a'), show('b'));",
  ),
  [['"a"', 'b']],
);

test(
  'its own name is assigned',
  keeps,
  lines("const log = require('logToConsole');", "var J = require('JSON');", "var K = require('JSON');", 'K = { stringify: s => s };', "log(K.stringify('a'));"),
  [['a']],
);

test(
  'the first name is assigned (by destructuring)',
  keeps,
  lines("const log = require('logToConsole');", "var J = require('JSON');", "var K = require('JSON');", '[J] = [{ stringify: s => s }];', "log(K.stringify('a'), J.stringify('b'));"),
  [['"a"', 'b']],
);

test(
  'its name is one to keep (a setup export)',
  keeps,
  lines("const log = require('logToConsole');", "const J = require('JSON');", "const K = require('JSON');", "log(K.stringify('a'));"),
  [['"a"']],
  ['K'],
);
