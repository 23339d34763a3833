import test from 'ava';
import fc from 'fast-check';
import { decide } from '../../consent/decision.ts';
import type { PurposeId } from '../../consent/purposes.ts';
import { tcStringVendorDecision, tcStringVendorPurposes } from '../../consent/tc-vendor-decision.ts';
import { readVendorSignals } from '../../consent/tc-view.ts';
import { vendorDecision } from '../../consent/vendor-decision.ts';
import type { DecisionOptions } from '../../consent/vendor-decision.ts';
import type { LegalBasisChoice, Vendor } from '../../consent/vendors.ts';
import { registryOf } from '../../consent/vendors.ts';
import { encodeWithLibrary, gvlVendorIds, modelSpec } from './iab.ts';
import { roughTcString, roughVendorId } from './rough-tc.ts';

const purposeSet = fc.uniqueArray(fc.integer({ min: 1, max: 11 }), { maxLength: 11 });

/** A random declaration for `id`: purposes split between consent and LI (some on both lists), some flexible. */
const declaredVendor = (id: number) => fc.tuple(purposeSet, purposeSet, purposeSet, fc.uniqueArray(fc.integer({ min: 1, max: 2 }))).map(([consent, li, flexible, features]): Vendor => ({
  id,
  name: 'random ' + id,
  declarations: [{
    source: 'test', date: '2026-11-23', purposes: consent as PurposeId[], legIntPurposes: li as PurposeId[],
    flexiblePurposes: flexible as PurposeId[], specialPurposes: [], specialFeatures: features as (1 | 2)[],
  }],
}));

const options = fc.record({
  legalBasis: fc.constantFrom<LegalBasisChoice | undefined>('declared', 'consent', 'legitimateInterest', undefined),
  // Now and then the vendor is not in the registry at all.
  registered: fc.oneof({ arbitrary: fc.constant(true), weight: 9 }, { arbitrary: fc.constant(false), weight: 1 }),
});
const gdprApplies = fc.constantFrom<boolean | undefined>(true, true, true, false, undefined);

interface Seen {
  compared: number;
  decided: number;
  granted: number;
  failed: number;
}

/** Both functions against `vendorDecision` (and `decide` over the step-by-step reader) on one question. */
function compare(t: import('ava').ExecutionContext, seen: Seen, tc: string, vendor: Vendor, applies: boolean | undefined, choice: { legalBasis: LegalBasisChoice | undefined; registered: boolean }): void {
  const decisionOptions: DecisionOptions = { registry: registryOf(choice.registered ? [vendor] : []), legalBasis: choice.legalBasis };
  const expected = vendorDecision({ kind: 'tcString', tcString: tc, gdprApplies: applies }, vendor.id, decisionOptions);
  t.deepEqual(tcStringVendorDecision(tc, vendor.id, applies, decisionOptions), expected, tc);
  t.deepEqual(tcStringVendorPurposes(tc, vendor.id, applies, decisionOptions), expected.ok ? { ok: true, value: expected.value.purposes } : expected, tc);
  if (choice.registered) {
    const signals = readVendorSignals(tc, vendor.id, applies);
    t.deepEqual(expected, signals.ok ? { ok: true, value: decide(signals.value, vendor.declarations[0], choice.legalBasis) } : signals, tc);
  }
  seen.compared++;
  if (!expected.ok) seen.failed++;
  else if (expected.value.status === 'decided') {
    seen.decided++;
    seen.granted += expected.value.purposes.length;
  }
}

test('tcStringVendorDecision - equals vendorDecision on 3,000 library strings, random declarations, choices and gdprApplies', (t) => {
  const seen: Seen = { compared: 0, decided: 0, granted: 0, failed: 0 };
  // Mostly a vendor the model gives consent or LI, so that most questions get as far as the purposes.
  const modelAndVendor = modelSpec.chain((spec) => {
    const listed = [...spec.vendorConsents, ...spec.vendorLegitimateInterests];
    const other = fc.oneof(fc.constantFrom(...gvlVendorIds), fc.constantFrom(730, 785), fc.integer({ min: 1, max: 1000 }));
    const vendorId = listed.length === 0 ? other : fc.oneof({ arbitrary: fc.constantFrom(...listed), weight: 3 }, { arbitrary: other, weight: 1 });
    return fc.tuple(fc.constant(spec), vendorId.chain(declaredVendor));
  });
  fc.assert(fc.property(modelAndVendor, gdprApplies, options, ([spec, vendor], applies, choice) => {
    compare(t, seen, encodeWithLibrary(spec), vendor, applies, choice);
    return true;
  }), { seed: 8128, numRuns: 3000 });
  t.is(seen.compared, 3000);
  t.true(seen.decided > 1000 && seen.granted > 1500 && seen.failed > 100, JSON.stringify(seen));
});

test('tcStringVendorDecision - equals vendorDecision on 10,000 hand-built and damaged strings, answers and errors alike', (t) => {
  const seen: Seen = { compared: 0, decided: 0, granted: 0, failed: 0 };
  fc.assert(fc.property(roughTcString, roughVendorId.chain(declaredVendor), gdprApplies, options, (tc, vendor, applies, choice) => {
    compare(t, seen, tc, vendor, applies, choice);
    return true;
  }), { seed: 6174, numRuns: 10000 });
  t.is(seen.compared, 10000);
  t.true(seen.decided > 500 && seen.granted > 1000 && seen.failed > 3000, JSON.stringify(seen));
});

test('tcStringVendorPurposes - errors: an unregistered vendor first, then the string', (t) => {
  t.deepEqual(tcStringVendorPurposes('not a TC string', 12345, true), { ok: false, error: { code: 'vendor-unregistered', message: 'vendor 12345 is not in the vendor registry' } });
  t.deepEqual(tcStringVendorPurposes(42, 730, true), { ok: false, error: { code: 'tc-type', message: 'TC string: expected a string, got number' } });
  t.deepEqual(tcStringVendorPurposes('*Q', 730, true), { ok: false, error: { code: 'tc-character', message: 'TC string: character "*" at position 0 is not base64url' } });
});
