import test from 'ava';
import { createSourceMapper, decodeVlq } from '../../compiler/source-map.ts';

const decodes = test.macro({
  exec(t, field: string, expected: number[]) {
    t.deepEqual(decodeVlq(field), expected);
  },
  title: (_provided, field: string, expected: number[]) => `decodeVlq - ${field} is ${expected.join(',')}`,
});

test(decodes, 'A', [0]);
test(decodes, 'C', [1]);
test(decodes, 'D', [-1]);
test(decodes, 'gB', [16]);
test(decodes, 'hB', [-16]);
test(decodes, 'AAAA', [0, 0, 0, 0]);
test(decodes, 'SAAS', [9, 0, 0, 9]);
test(decodes, '+/D', [2047]);
test(decodes, '//////B', [-1073741823]);

test('decodeVlq - a character outside base64 is an error naming it', (t) => {
  t.throws(() => decodeVlq('A*'), { message: 'source map: invalid base64 character "*"' });
});

// Generated line 1 `var a = 1;` from b.ts line 2 col 2; generated line 2 col 4 from a.ts line 1 col 0.
const map = {
  sources: ['a.ts', 'virtual:b.ts'],
  sourcesContent: ['first a\n', 'first b\n  var a = 1;\n'],
  mappings: 'ACCE;IDDF',
};

test('createSourceMapper - a mapped position gives file, line, column and the line text', (t) => {
  const mapper = createSourceMapper(map, (s) => s.replace('virtual:', ''));
  t.deepEqual(mapper.original(1, 0), { file: 'b.ts', line: 2, column: 2, lineText: '  var a = 1;' });
  t.deepEqual(mapper.original(1, 7), { file: 'b.ts', line: 2, column: 2, lineText: '  var a = 1;' });
  t.deepEqual(mapper.original(2, 4), { file: 'a.ts', line: 1, column: 0, lineText: 'first a' });
});

test('createSourceMapper - a position before the first segment of its line takes that segment', (t) => {
  const mapper = createSourceMapper(map);
  t.deepEqual(mapper.original(2, 0), { file: 'a.ts', line: 1, column: 0, lineText: 'first a' });
});

test('createSourceMapper - an unmapped line gives undefined', (t) => {
  t.is(createSourceMapper(map).original(3, 0), undefined);
});
