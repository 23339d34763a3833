import test from 'ava';
import type { ExecutionContext } from 'ava';
import { vendorDecision } from '../../consent/vendor-decision.ts';
import type { VendorDecision } from '../../consent/decision.ts';
import type { DecisionOptions } from '../../consent/vendor-decision.ts';
import { decodeTcString } from '../../consent/tc-string.ts';
import { registryOf } from '../../consent/vendors.ts';
import { tcData } from './tcdata.ts';
import type { TcDataSpec } from './tcdata.ts';

function decided(vendorId: number, purposes: number[], bases: string[], specialFeatures: number[] = [], useNonStandardTexts = false): VendorDecision {
  const legalBases: VendorDecision['legalBases'] = {};
  purposes.forEach((p, i) => {
    legalBases[String(p)] = bases[i] === 'li' ? 'legitimateInterest' : 'consent';
  });
  return { vendorId, status: 'decided', purposes, legalBases, specialFeatures, useNonStandardTexts };
}

function withStatus(vendorId: number, status: VendorDecision['status'], useNonStandardTexts = false): VendorDecision {
  return { vendorId, status, purposes: [], legalBases: {}, specialFeatures: [], useNonStandardTexts };
}

const decides = test.macro({
  exec(t: ExecutionContext, spec: TcDataSpec, vendorId: number, expected: VendorDecision, options?: DecisionOptions) {
    t.deepEqual(vendorDecision({ kind: 'tcData', tcData: tcData(spec) }, vendorId, options), { ok: true, value: expected });
  },
  title: (provided) => 'vendorDecision - ' + (provided ?? ''),
});

const ACCEPT_730 = { purposeConsents: [1, 8], vendorConsents: [730] };

test('consent to P1 and P8 and to 730', decides, ACCEPT_730, 730, decided(730, [1, 8], ['c', 'c']));
test('consent to all purposes: 730 gets only what it declares', decides,
  { purposeConsents: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], vendorConsents: [730, 785] }, 730, decided(730, [1, 8], ['c', 'c']));
test('agof 785 with P1, P7, P9', decides, { purposeConsents: [1, 7, 8, 9], vendorConsents: [730, 785] }, 785, decided(785, [1, 7, 9], ['c', 'c', 'c']));
test('purpose consent without vendor consent grants nothing', decides, { purposeConsents: [1, 8], vendorConsents: [755] }, 730, decided(730, [], []));
test('vendor consent without purpose consent grants nothing', decides, { purposeConsents: [], vendorConsents: [730] }, 730, decided(730, [], []));
test('only P1 consented', decides, { purposeConsents: [1], vendorConsents: [730] }, 730, decided(730, [1], ['c']));
test('LI signals do not count for a consent-only vendor', decides,
  { purposeLegitimateInterests: [8], vendorLegitimateInterests: [730] }, 730, decided(730, [], []));
test('vendor missing from the vectors', decides, { ...ACCEPT_730, vendorConsents: [], maxVendorId: 700 }, 730, withStatus(730, 'vendor-missing'));
test('gdprApplies false', decides, { ...ACCEPT_730, gdprApplies: false }, 730, withStatus(730, 'gdpr-not-applicable'));
test('gdprApplies undefined', decides, { ...ACCEPT_730, gdprApplies: undefined }, 730, withStatus(730, 'gdpr-unknown'));
test('eventStatus cmpuishown is not final', decides, { ...ACCEPT_730, eventStatus: 'cmpuishown' }, 730, withStatus(730, 'not-final'));
test('no eventStatus is not final', decides, { ...ACCEPT_730, eventStatus: undefined }, 730, withStatus(730, 'not-final'));
test('tcloaded is final', decides, { ...ACCEPT_730, eventStatus: 'tcloaded' }, 730, decided(730, [1, 8], ['c', 'c']));
test('publisher restriction 0 (not allowed) on P8', decides, { ...ACCEPT_730, restrictions: { '8': { '730': 0 } } }, 730, decided(730, [1], ['c']));
test('publisher restriction 2 (require LI) on a non-flexible consent purpose', decides,
  { ...ACCEPT_730, restrictions: { '8': { '730': 2 } } }, 730, decided(730, [1], ['c']));
test('publisher restriction 1 (require consent) on a consent purpose changes nothing', decides,
  { ...ACCEPT_730, restrictions: { '8': { '730': 1 } } }, 730, decided(730, [1, 8], ['c', 'c']));
test('restriction type 3 (undefined) is treated as not allowed', decides,
  { ...ACCEPT_730, restrictions: { '1': { '730': 3 } } }, 730, decided(730, [8], ['c']));
test('a restriction on another vendor does not apply', decides,
  { ...ACCEPT_730, restrictions: { '8': { '785': 0 } } }, 730, decided(730, [1, 8], ['c', 'c']));
test('special feature 2 opted in: 730 declares it', decides, { ...ACCEPT_730, specialFeatureOptins: [1, 2] }, 730, decided(730, [1, 8], ['c', 'c'], [2]));
test('useNonStandardStacks (pre-2.2 name) is read as useNonStandardTexts', decides,
  { ...ACCEPT_730, useNonStandardStacks: true }, 730, decided(730, [1, 8], ['c', 'c'], [], true));
test('publisher chooses LI for 730: P8 by LI, P1 stays consent (TCF 2.2)', decides,
  { purposeConsents: [1], purposeLegitimateInterests: [8], vendorConsents: [730], vendorLegitimateInterests: [730] }, 730,
  decided(730, [1, 8], ['c', 'li']), { legalBasis: 'legitimateInterest' });
test('publisher chooses LI for 730 but the CMP carries no LI signal', decides, ACCEPT_730, 730, decided(730, [1], ['c']),
  { legalBasis: 'legitimateInterest' });
test('publisher chooses consent: LI signals no longer count', decides,
  { purposeLegitimateInterests: [8], vendorLegitimateInterests: [730] }, 730, decided(730, [], []), { legalBasis: 'consent' });

const FLEXIBLE = registryOf([{
  id: 900,
  name: 'Flexible test vendor',
  declarations: [{ source: 'test', date: '2026-11-23', purposes: [1, 3], legIntPurposes: [7, 8], flexiblePurposes: [7, 8], specialPurposes: [], specialFeatures: [] }],
}]);

test('flexible LI purpose: declared basis without restriction', decides,
  { purposeConsents: [1, 3, 7, 8], purposeLegitimateInterests: [7, 8], vendorConsents: [900], vendorLegitimateInterests: [900] }, 900,
  decided(900, [1, 3, 7, 8], ['c', 'c', 'li', 'li']), { registry: FLEXIBLE });
test('flexible LI purpose under restriction 1 switches to consent', decides,
  { purposeConsents: [1, 3], purposeLegitimateInterests: [7, 8], vendorConsents: [900], vendorLegitimateInterests: [900], restrictions: { '7': { '900': 1 } } }, 900,
  decided(900, [1, 3, 8], ['c', 'c', 'li']), { registry: FLEXIBLE });
test('flexible purpose under restriction 1 with purpose consent', decides,
  { purposeConsents: [7], vendorConsents: [900], restrictions: { '7': { '900': 1 } } }, 900,
  decided(900, [7], ['c']), { registry: FLEXIBLE });
test('LI is never a basis for P3 even when a restriction asks for it', decides,
  { purposeConsents: [3], purposeLegitimateInterests: [3], vendorConsents: [900], vendorLegitimateInterests: [900], restrictions: { '3': { '900': 2 } } }, 900,
  decided(900, [], []), { registry: FLEXIBLE });

test('vendorDecision - a vendor outside the registry is an error', (t) => {
  t.deepEqual(vendorDecision({ kind: 'tcData', tcData: tcData(ACCEPT_730) }, 12345), {
    ok: false, error: { code: 'vendor-unregistered', message: 'vendor 12345 is not in the vendor registry' },
  });
});

// Made by @iabtechlabtcf/core: P1, P7, P8, P9 consented; 730 and 785 consented; P8 not allowed for 730.
const RESTRICTED = 'CQuIxQAQuIxQAAKADCENAtEgAIOAAAAAAAYgGIwAgFtAMRAAAACQAAgLaAAA.IGIwAgFtAMRA.YAAAAAAAAAAA';

test('vendorDecision - from a TC string, read lazily, and from its full decode', (t) => {
  const decoded = decodeTcString(RESTRICTED);
  if (!decoded.ok) return t.fail(decoded.error.message);
  for (const source of [
    { kind: 'tcString' as const, tcString: RESTRICTED, gdprApplies: true },
    { kind: 'decodedTcString' as const, tcString: decoded.value, gdprApplies: true },
  ]) {
    t.deepEqual(vendorDecision(source, 730), { ok: true, value: decided(730, [1], ['c']) });
    t.deepEqual(vendorDecision(source, 785), { ok: true, value: decided(785, [1, 7, 9], ['c', 'c', 'c']) });
  }
});

test('vendorDecision - a TC string without gdprApplies is gdpr-unknown; a bad one is an error', (t) => {
  t.deepEqual(vendorDecision({ kind: 'tcString', tcString: RESTRICTED, gdprApplies: undefined }, 730), { ok: true, value: withStatus(730, 'gdpr-unknown') });
  t.deepEqual(vendorDecision({ kind: 'tcString', tcString: 'BOEFEAyOEFEAyAHABDENAI4AAAB9vABAASA', gdprApplies: true }, 730), {
    ok: false, error: { code: 'tc-version', message: 'TC string: version 1 is not supported (expected 2)' },
  });
});
