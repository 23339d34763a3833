import test from 'ava';
import { computeEffectiveTldPlusOne } from '../../src/apis/pure/etld.ts';
import { makeTableMap } from '../../src/apis/pure/table-map.ts';

test('makeTableMap - rows to an object keyed by the key column', (t) => {
  const rows = [{ key: 'a', value: '1' }, { key: 'b', value: ['x'] }, { key: 'a', value: '3' }, { value: 'no key' }, 'not a row', null];
  t.deepEqual(makeTableMap(rows, 'key', 'value'), { a: '3', b: ['x'] });
  t.deepEqual(makeTableMap([{ id: 7, name: 'seven' }], 'id', 'name'), { 7: 'seven' });
  t.deepEqual(makeTableMap([{ k: 'a' }], 'k', 'v'), { a: undefined });
});

test('makeTableMap - null when not a table or nothing maps', (t) => {
  t.is(makeTableMap([], 'key', 'value'), null);
  t.is(makeTableMap([{ other: 1 }], 'key', 'value'), null);
  t.is(makeTableMap('rows', 'key', 'value'), null);
  t.is(makeTableMap(undefined, 'key', 'value'), null);
});

const etld = test.macro({
  exec: (t, input: unknown, expected: unknown) => t.is(computeEffectiveTldPlusOne(input), expected),
  title: (_p, input: unknown, expected: unknown) => `computeEffectiveTldPlusOne - ${JSON.stringify(input) ?? 'undefined'} → ${JSON.stringify(expected) ?? 'undefined'}`,
});

test(etld, 'www.example.com', 'example.com');
test(etld, 'a.b.example.de', 'example.de');
test(etld, 'shop.example.co.uk', 'example.co.uk');
test(etld, 'example.co.uk', 'example.co.uk');
test(etld, 'user.github.io', 'user.github.io');
test(etld, 'x.user.github.io', 'user.github.io');
test(etld, 'www.example.unlisted', 'example.unlisted');
test(etld, 'https://www.Example.COM:8443/path?q=1', 'example.com');
test(etld, 'www.example.com.', 'example.com');
test(etld, 'co.uk', '');
test(etld, 'com', '');
test(etld, 'localhost', '');
test(etld, '192.168.0.1', '');
test(etld, 'http://[::1]/', '');
test(etld, 'not a domain', '');
test(etld, '', '');
test(etld, 42, '');
test(etld, null, null);
test(etld, undefined, undefined);
