import test from 'ava';
import { singleQuoted } from '../../compiler/print.ts';

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
