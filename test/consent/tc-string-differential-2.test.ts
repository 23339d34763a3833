import test from 'ava';
import { assertCoverage, runDifferential } from './tc-string-differential.ts';

// The second half of the 10,000 models, in its own file so ava runs it on the other core.
test('decodeTcString - agrees with @iabtechlabtcf/core on 5,000 more random models (seed 9001)', (t) => {
  assertCoverage(t, runDifferential(t, 9001, 5000), 5000);
});
