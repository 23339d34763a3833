import test from 'ava';
import { assertCoverage, runDifferential } from './tc-string-differential.ts';

test('decodeTcString - agrees with @iabtechlabtcf/core on 5,000 random models (seed 4242)', (t) => {
  assertCoverage(t, runDifferential(t, 4242, 5000), 5000);
});
