import test from 'ava';
import fc from 'fast-check';
import { scanVendorBits, scanVendorsBits } from '../../consent/tc-vendor-bits.ts';
import { readVendorSignals, signalsFromBits, tcStringVendorSignals } from '../../consent/tc-view.ts';
import { bits, coreHeader, rangeSection, toBase64Url } from './bits.ts';
import { encodeWithLibrary, gvlVendorIds, modelSpec } from './iab.ts';
import { roughTcString, roughVendorId } from './rough-tc.ts';

const gdprApplies = fc.constantFrom<boolean | undefined>(true, false, undefined);
/** Mostly the ids the hand-built sections use, sometimes ids no caller should pass. */
const anyVendorId = fc.oneof({ arbitrary: roughVendorId, weight: 9 }, { arbitrary: fc.constantFrom(-1, 0.5, 1.5, Number.NaN, 65536, 1e9), weight: 1 });

test('scanVendorBits - reads what the step-by-step reader reads, for 1,500 library strings and random vendors', (t) => {
  let compared = 0;
  fc.assert(fc.property(modelSpec, fc.array(fc.oneof(fc.constantFrom(...gvlVendorIds), fc.integer({ min: 0, max: 65535 })), { minLength: 1, maxLength: 4 }), gdprApplies, (spec, vendorIds, applies) => {
    const tc = encodeWithLibrary(spec);
    for (const vendorId of [...vendorIds, 730, 785]) {
      const scanned = scanVendorBits(tc, vendorId);
      // A well-formed string is never left to the slow reader.
      if (scanned === undefined) return false;
      t.deepEqual({ ok: true, value: signalsFromBits(scanned, vendorId, applies) }, readVendorSignals(tc, vendorId, applies));
      compared++;
    }
    return true;
  }), { seed: 4711, numRuns: 1500 });
  t.true(compared >= 1500 * 3);
});

test('scanVendorBits - accepts only what the step-by-step reader accepts, with its answer, on 20,000 hand-built and damaged strings', (t) => {
  const seen = { scanned: 0, leftToReader: 0, refused: 0, scannedWithRestriction: 0 };
  fc.assert(fc.property(roughTcString, anyVendorId, gdprApplies, (tc, vendorId, applies) => {
    const reader = readVendorSignals(tc, vendorId, applies);
    const scanned = scanVendorBits(tc, vendorId);
    if (scanned === undefined) seen.leftToReader++;
    else {
      seen.scanned++;
      if (scanned.restrictions !== undefined) seen.scannedWithRestriction++;
      if (!reader.ok) return false;
      t.deepEqual(signalsFromBits(scanned, vendorId, applies), reader.value, tc);
    }
    if (!reader.ok) seen.refused++;
    // The public reader is the scan with the step-by-step reader behind it: the same answers and the same errors.
    t.deepEqual(tcStringVendorSignals(tc, vendorId, applies), reader, tc);
    return true;
  }), { seed: 1312, numRuns: 20000 });
  // Both paths must be exercised in earnest.
  for (const key of ['scanned', 'leftToReader', 'refused', 'scannedWithRestriction'] as const) t.true(seen[key] > 1000, key + ': ' + seen[key]);
});

const restricted = (vendorId: number, restrictionSection: string) =>
  scanVendorBits(toBase64Url(coreHeader({ purposeConsents: [1, 2, 8] }) + rangeSection(40, [[vendorId, vendorId]]) + rangeSection(0, []) + restrictionSection), vendorId);
const restriction = (purposeId: number, type: number, ranges: [number, number][]) =>
  bits(purposeId, 6) + bits(type, 2) + bits(ranges.length, 12) + ranges.map(([start, end]) => (start === end ? '0' + bits(start, 16) : '1' + bits(start, 16) + bits(end, 16))).join('');

test('scanVendorBits - publisher restrictions: only those naming the vendor, type 3 as not allowed, two different ones as not allowed', (t) => {
  t.is(restricted(7, bits(1, 12) + restriction(2, 1, [[8, 9]]))?.restrictions, undefined);
  t.deepEqual(restricted(7, bits(2, 12) + restriction(2, 1, [[1, 9]]) + restriction(8, 3, [[7, 7]]))?.restrictions, [-1, -1, 1, -1, -1, -1, -1, -1, 0, -1, -1, -1]);
  t.deepEqual(restricted(7, bits(2, 12) + restriction(2, 1, [[7, 7]]) + restriction(2, 2, [[5, 8]]))?.restrictions, [-1, -1, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1]);
  // Purposes beyond 11 are read past, not recorded.
  t.is(restricted(7, bits(1, 12) + restriction(24, 0, [[7, 7]]))?.restrictions, undefined);
});

test('scanVendorBits - leaves to the step-by-step reader a restriction for purpose 0, an empty range and a string cut inside a section', (t) => {
  t.is(restricted(7, bits(1, 12) + restriction(0, 0, [[7, 7]])), undefined);
  t.is(restricted(7, bits(1, 12) + restriction(2, 0, [[9, 8]])), undefined);
  t.is(restricted(7, bits(2, 12) + restriction(2, 0, [[7, 7]])), undefined);
  const whole = toBase64Url(coreHeader({ purposeConsents: [1] }) + rangeSection(40, [[3, 9], [12, 12]]) + rangeSection(0, []) + bits(0, 12));
  t.not(scanVendorBits(whole, 5), undefined);
  t.is(scanVendorBits(whole.slice(0, 40), 5), undefined);
});

test('scanVendorsBits - one pass for several vendors gives each vendor\'s scanVendorBits, on 10,000 damaged and 500 library strings', (t) => {
  const seen = { answered: 0, refused: 0 };
  const compare = (tc: string, vendorIds: number[]): void => {
    const each = vendorIds.map((vendorId) => scanVendorBits(tc, vendorId));
    const all = scanVendorsBits(tc, vendorIds);
    // The pass gives up exactly when a single scan does (what it gives up on does not depend on the vendor).
    t.deepEqual(all, each.includes(undefined) ? undefined : each, tc);
    if (all === undefined) seen.refused++;
    else seen.answered++;
  };
  fc.assert(fc.property(roughTcString, fc.array(anyVendorId, { minLength: 1, maxLength: 6 }), (tc, vendorIds) => {
    compare(tc, vendorIds);
    return true;
  }), { seed: 808, numRuns: 10000 });
  fc.assert(fc.property(modelSpec, fc.array(fc.constantFrom(...gvlVendorIds, 730, 785, 4242), { minLength: 1, maxLength: 6 }), (spec, vendorIds) => {
    compare(encodeWithLibrary(spec), vendorIds);
    return true;
  }), { seed: 809, numRuns: 500 });
  t.true(seen.answered > 3000 && seen.refused > 1000, JSON.stringify(seen));
});
