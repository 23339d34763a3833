import test from 'ava';
import { parse } from 'acorn';
import type { Program } from 'acorn';
import { print, singleQuoted } from '../../compiler/print.ts';

const quotes = test.macro({
  exec(t, value: string, expected: string) {
    t.is(singleQuoted(value), expected);
    t.is(new Function(`return ${expected};`)(), value);
  },
  title: (provided = '') => `singleQuoted - ${provided}`,
});

test('plain text', quotes, 'abc', "'abc'");
test('a single quote and a backslash are escaped', quotes, "it's a\\b", "'it\\'s a\\\\b'");
test('a double quote stays as it is', quotes, 'say "hi"', "'say \"hi\"'");
test('line breaks and tabs', quotes, 'a\nb\r\tc', "'a\\nb\\r\\tc'");
test('line and paragraph separators', quotes, '\u2028\u2029', "'\\u2028\\u2029'");
test('other control characters as \\u escapes', quotes, '\u0001\u007f', "'\\u0001\\u007f'");
test('non-ASCII text stays readable', quotes, 'Köln – ✓', "'Köln – ✓'");

const printed = test.macro({
  exec(t, source: string, expected: string) {
    t.is(print(parse(source, { ecmaVersion: 'latest', sourceType: 'script' }) as Program), expected);
  },
  title: (provided = '') => `print - ${provided}`,
});

const LONG = "{ first: 'aaaaaaaaaaaaaaaaaaaa', second: 'bbbbbbbbbbbbbbbbbbbb', third: 'cccccccccccccccccccc', n: 1 }";
test('a short object on one line', printed, 'f({ a: 1, "b-c": [2], d: { e: 3 } });', "f({ a: 1, 'b-c': [2], d: { e: 3 } });\n");
test('the empty object', printed, 'f({});', 'f({});\n');
test('an object longer than 100 characters: one property per line', printed, `f(${LONG});`,
  "f({\n  first: 'aaaaaaaaaaaaaaaaaaaa',\n  second: 'bbbbbbbbbbbbbbbbbbbb',\n  third: 'cccccccccccccccccccc',\n  n: 1\n});\n");
test('an object holding a function: one property per line', printed, 'f({ a: function () { return 1; } });',
  'f({\n  a: function () {\n    return 1;\n  }\n});\n');
test('a long table: one row per line, indented with its block', printed, `function g() {\n  return [[1, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'], [2, 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'], ${LONG}];\n}`,
  `function g() {\n  return [\n    [1, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],\n    [2, 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'],\n    {\n      first: 'aaaaaaaaaaaaaaaaaaaa',\n      second: 'bbbbbbbbbbbbbbbbbbbb',\n      third: 'cccccccccccccccccccc',\n      n: 1\n    }\n  ];\n}\n`);
test('a long array of numbers stays on one line', printed, `f([${Array.from({ length: 40 }, (_, i) => i).join(', ')}]);`,
  `f([${Array.from({ length: 40 }, (_, i) => i).join(', ')}]);\n`);
test('else after a statement on its own line; after a block on the brace line', printed,
  'function g(a) {\n  if (a) f(1); else if (a > 1) { f(2); } else f(3);\n}',
  'function g(a) {\n  if (a) f(1);\n  else if (a > 1) {\n    f(2);\n  } else f(3);\n}\n');
test('an arrow returning a short object keeps its parentheses', printed, 'const f = () => ({ a: 1 });', 'const f = () => ({ a: 1 });\n');
test('an object with a getter or a method is printed by astring, not on one line', printed, 'f({ get a() {}, b() {} });',
  'f({\n  get a() {},\n  b() {}\n});\n');
