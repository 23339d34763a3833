/** The browser bundle's sha256 (`src/hosts/browser/crypto-shim.ts`) against node:crypto. */
import { createHash as nodeCreateHash } from 'node:crypto';
import test from 'ava';
import fc from 'fast-check';
import { createHash } from '../../../src/hosts/browser/crypto-shim.ts';

test('crypto shim - the FIPS 180-4 example "abc"', (t) => {
  t.is(createHash('sha256').update('abc').digest('hex'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('crypto shim - equals node:crypto on seeded random strings, hex and base64, around the block sizes', (t) => {
  t.notThrows(() => fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom('hex', 'base64'), (input, encoding) =>
      createHash('sha256').update(input).digest(encoding) === nodeCreateHash('sha256').update(input, 'utf8').digest(encoding as 'hex' | 'base64')),
    { seed: 42, numRuns: 500 },
  ));
  for (const length of [55, 56, 63, 64, 65, 119, 120]) {
    const input = 'x'.repeat(length);
    t.is(createHash('sha256').update(input).digest('hex'), nodeCreateHash('sha256').update(input).digest('hex'), `length ${length}`);
  }
});

test('crypto shim - other algorithms are refused by name', (t) => {
  t.throws(() => createHash('md5'), { message: 'createHash: only sha256 in the browser host, not md5' });
});
