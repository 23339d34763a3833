import test from 'ava';
import fc from 'fast-check';
import { fromBase64, toBase64 } from '../../src/apis/pure/base64.ts';

test('toBase64 - UTF-8 then base64', (t) => {
  t.is(toBase64('hello'), 'aGVsbG8=');
  t.is(toBase64('ä€'), 'w6Tigqw=');
  t.is(toBase64(''), '');
});

test('toBase64 - urlEncoding gives base64url without padding', (t) => {
  t.is(toBase64('\u00fb\u00ff?', { urlEncoding: true }), 'w7vDvz8');
  t.is(toBase64('\u00fb\u00ff?'), 'w7vDvz8=');
  t.is(toBase64('>>>?'), 'Pj4+Pw==');
  t.is(toBase64('>>>?', { urlEncoding: true }), 'Pj4-Pw');
  t.is(toBase64('>>>?', { urlEncoding: false }), 'Pj4+Pw==');
});

test('fromBase64 - padded, unpadded and with whitespace', (t) => {
  t.is(fromBase64('aGVsbG8='), 'hello');
  t.is(fromBase64('aGVsbG8'), 'hello');
  t.is(fromBase64('aGVs\nbG8='), 'hello');
  t.is(fromBase64('w6Tigqw='), 'ä€');
  t.is(fromBase64(''), '');
});

test('fromBase64 - undefined for invalid input', (t) => {
  t.is(fromBase64('a'), undefined);
  t.is(fromBase64('aGVsbG8=='), undefined);
  t.is(fromBase64('Pj4-Pw'), undefined);
  t.is(fromBase64('a$bc'), undefined);
  t.is(fromBase64('=abc'), undefined);
});

test('toBase64 / fromBase64 - round trip of any string without lone surrogates (seeded)', (t) => {
  t.notThrows(() => fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => fromBase64(toBase64(s)) === s), { seed: 3, numRuns: 300 }));
});
