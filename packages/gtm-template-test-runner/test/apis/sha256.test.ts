import test from 'ava';
import { makeSha256, sha256Sync } from '../../src/apis/pure/sha256.ts';

// Reference digests: "abc" and "" from FIPS 180-2 / NIST examples; "ä" hashed as its UTF-8 bytes C3 A4.
const abcHex = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

test('sha256Sync - base64 by default, hex on request', (t) => {
  t.is(sha256Sync('abc', { outputEncoding: 'hex' }), abcHex);
  t.is(sha256Sync('abc'), 'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
  t.is(sha256Sync('', { outputEncoding: 'hex' }), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  t.is(sha256Sync('\u00e4', { outputEncoding: 'hex' }), '33e6d73fee82904c8d7afb78de1154d1e8dc2a0edb08120e63df5b9385c2d9cc');
  t.is(sha256Sync('abc', { outputEncoding: 'latin1' }), 'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
  t.is(sha256Sync(123, { outputEncoding: 'hex' }), 'a665a45920422f9d417e4867efdc4fb8a04a1f3fff1fa07e998e86f7f7a27ae3');
});

test('sha256 - web form (onSuccess, onFailure, options) defers onSuccess', (t) => {
  const deferred: (() => void)[] = [];
  const sha256 = makeSha256((fn) => deferred.push(fn));
  const digests: unknown[] = [];
  sha256('abc', (d: unknown) => digests.push(d), () => digests.push('failure'), { outputEncoding: 'hex' });
  t.deepEqual(digests, []);
  for (const fn of deferred) fn();
  t.deepEqual(digests, [abcHex]);
});

test('sha256 - server form (onSuccess, options)', (t) => {
  const digests: unknown[] = [];
  makeSha256((fn) => fn())('abc', (d: unknown) => digests.push(d), { outputEncoding: 'hex' });
  makeSha256((fn) => fn())('abc', (d: unknown) => digests.push(d));
  t.deepEqual(digests, [abcHex, 'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=']);
});
