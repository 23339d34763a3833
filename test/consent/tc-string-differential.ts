/**
 * The differential check shared by the two test files (ava runs files in parallel, one per core): random TC
 * models encoded by @iabtechlabtcf/core, decoded by it and by us; every field must agree. Also counts what the
 * strings exercised, so a generator that stopped producing ranges or restrictions would fail loudly.
 */
import type { ExecutionContext } from 'ava';
import fc from 'fast-check';
import { bitReader, peekBit } from '../../consent/bit-reader.ts';
import { decodeTcString } from '../../consent/tc-string.ts';
import { encodeWithLibrary, libraryDecode, modelSpec, ourComparable } from './iab.ts';

export interface Coverage {
  compared: number;
  rangeEncoded: number;
  bitFieldEncoded: number;
  withRestrictions: number;
  withDisclosedVendors: number;
  withPublisherTC: number;
}

export function runDifferential(t: ExecutionContext, seed: number, numRuns: number): Coverage {
  const coverage: Coverage = { compared: 0, rangeEncoded: 0, bitFieldEncoded: 0, withRestrictions: 0, withDisclosedVendors: 0, withPublisherTC: 0 };
  fc.assert(fc.property(modelSpec, (spec) => {
    const tc = encodeWithLibrary(spec);
    const ours = decodeTcString(tc);
    if (!ours.ok) {
      t.fail(tc + ': ' + ours.error.message);
      return false;
    }
    const mine = ourComparable(ours.value);
    const theirs = libraryDecode(tc);
    const same = JSON.stringify(mine) === JSON.stringify(theirs);
    if (!same) t.deepEqual(mine, theirs, tc);
    coverage.compared++;
    // IsRangeEncoding of the vendor consent section: bit 229 (213 + MaxVendorId 16)
    if (peekBit(bitReader(tc, 0, tc.indexOf('.') === -1 ? tc.length : tc.indexOf('.')), 229) === 1) coverage.rangeEncoded++;
    else coverage.bitFieldEncoded++;
    if (ours.value.publisherRestrictions.length > 0) coverage.withRestrictions++;
    if (ours.value.segments.includes('disclosedVendors')) coverage.withDisclosedVendors++;
    if (ours.value.segments.includes('publisherTC')) coverage.withPublisherTC++;
    return same;
  }), { seed, numRuns, endOnFailure: true });
  return coverage;
}

/** Each kind of string must make up a fair share of the runs. */
export function assertCoverage(t: ExecutionContext, coverage: Coverage, numRuns: number): void {
  t.is(coverage.compared, numRuns);
  for (const key of ['rangeEncoded', 'bitFieldEncoded', 'withRestrictions', 'withDisclosedVendors', 'withPublisherTC'] as const) {
    t.true(coverage[key] > numRuns / 10, key + ': ' + coverage[key] + ' of ' + numRuns);
  }
}
