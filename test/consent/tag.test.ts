/**
 * The web tag's entry points (consent/tag.ts) on the cases the spec names, and against the rest of the core:
 * `ctFromTcData` against `vendorDecision` (a second reader of the same tcData, through VendorSignals and `decide`),
 * `validateCt` and `ctGrants` against `decodeCt`, `ctFromGrants` against `encodeCt`. Seeded random inputs.
 */
import test from 'ava';
import type { ExecutionContext } from 'ava';
import fc from 'fast-check';
import {
  CT_LAYOUT, CT_TCF_NOTHING, LEGITIMATE_INTEREST_PURPOSES, PURPOSES, VENDORS, VENDOR_NEEDS, currentDeclaration, decodeCt,
  encodeCt, vendorDecision,
} from '../../consent/index.ts';
import type { CtCmp, CtEncoding, LegalBasisChoice, TcData } from '../../consent/index.ts';
import { ctFromGrants, ctFromTcData, ctGrants, validateCt } from '../../consent/tag.ts';
import { tcData } from './tcdata.ts';
import type { TcDataSpec } from './tcdata.ts';

const SEED = 20261123;

const fromTcData = test.macro({
  exec(t: ExecutionContext, spec: TcDataSpec, encoding: CtEncoding, basis730: LegalBasisChoice, expected: string) {
    t.is(ctFromTcData(tcData(spec), { encoding, legalBases: { '730': basis730 } }), expected);
  },
  title: (provided) => 'ctFromTcData - ' + (provided ?? ''),
});

const ACCEPT = { purposeConsents: [1, 7, 8, 9], vendorConsents: [730, 785] };
const LI_730 = { purposeConsents: [1], purposeLegitimateInterests: [8], vendorConsents: [730], vendorLegitimateInterests: [730] };

test('accept all, minimal', fromTcData, ACCEPT, 'minimal', 'declared', '0100810141');
test('accept all, compatible', fromTcData, ACCEPT, 'compatible', 'declared', '0101c101c1');
test('GDPR does not apply', fromTcData, { ...ACCEPT, gdprApplies: false }, 'compatible', 'declared', CT_TCF_NOTHING);
test('GDPR unknown', fromTcData, { ...ACCEPT, gdprApplies: undefined }, 'minimal', 'declared', CT_TCF_NOTHING);
test('cmpuishown is not final', fromTcData, { ...ACCEPT, eventStatus: 'cmpuishown' }, 'minimal', 'declared', CT_TCF_NOTHING);
test('730 declared on consent: its LI signal for P8 does not count', fromTcData, LI_730, 'minimal', 'declared', '0100010000');
test('LI chosen for 730: P8 by LI, P1 stays on consent', fromTcData, LI_730, 'minimal', 'legitimateInterest', '0100810000');
test('LI chosen for 730, restriction 1 (require consent) on P8: no basis left', fromTcData,
  { ...LI_730, restrictions: { '8': { '730': 1 } } }, 'minimal', 'legitimateInterest', '0100010000');
test('LI chosen for 730, restriction 2 (require LI) on P8: granted', fromTcData,
  { ...LI_730, restrictions: { '8': { '730': 2 } } }, 'minimal', 'legitimateInterest', '0100810000');
test('consent chosen: LI signals alone grant nothing', fromTcData,
  { purposeLegitimateInterests: [8], vendorLegitimateInterests: [730] }, 'minimal', 'consent', '0100000000');
test('restriction 3 (undefined type) on P1 for 785 is not allowed', fromTcData,
  { ...ACCEPT, restrictions: { '1': { '785': 3 } } }, 'minimal', 'declared', '0100810140');
test('compatible: special features and LI purposes for a vendor with LI', fromTcData,
  { purposeConsents: [1], purposeLegitimateInterests: [8, 10], vendorConsents: [730], vendorLegitimateInterests: [785], specialFeatureOptins: [2] },
  'compatible', 'declared', '0108010a81');

const idMap = (ids: number[]) => fc.dictionary(fc.constantFrom(...ids.map(String)), fc.constantFrom<unknown>(true, true, true, false, 1));
const tcDataArbitrary: fc.Arbitrary<TcData> = fc.record({
  gdprApplies: fc.constantFrom(true, true, true, false, undefined),
  eventStatus: fc.constantFrom('tcloaded', 'useractioncomplete', 'useractioncomplete', 'cmpuishown'),
  purpose: fc.record({ consents: idMap([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), legitimateInterests: idMap([2, 7, 8, 9, 10, 11]) }),
  vendor: fc.record({ consents: idMap([729, 730, 785]), legitimateInterests: idMap([730, 785]), disclosedVendors: idMap([730, 785]) }),
  specialFeatureOptins: idMap([1, 2]),
  publisher: fc.record({
    restrictions: fc.dictionary(fc.constantFrom('1', '7', '8', '9'), fc.dictionary(fc.constantFrom('730', '785'), fc.constantFrom(0, 1, 2, 3, 7))),
  }),
}, { requiredKeys: ['gdprApplies', 'eventStatus'] });
const choice = fc.constantFrom<LegalBasisChoice>('declared', 'consent', 'legitimateInterest');

test('ctFromTcData - minimal equals encodeCt of what vendorDecision grants each vendor (random tcData, every legal basis)', (t) => {
  let granted = 0;
  fc.assert(fc.property(tcDataArbitrary, choice, choice, (data, basis730, basis785) => {
    const legalBases = { '730': basis730, '785': basis785 };
    const vendors: { [vendorId: string]: number[] } = {};
    let final = true;
    for (const vendorId of CT_LAYOUT.vendors) {
      const decision = vendorDecision({ kind: 'tcData', tcData: data }, vendorId, { legalBasis: legalBases[String(vendorId) as '730' | '785'] });
      if (!decision.ok) return false;
      final = final && (decision.value.status === 'decided' || decision.value.status === 'vendor-missing');
      vendors[String(vendorId)] = decision.value.purposes;
      granted += decision.value.purposes.length;
    }
    const expected = encodeCt({ cmp: 'tcf', vendors: final ? vendors : {}, specialFeatures: {} });
    return expected.ok && ctFromTcData(data, { encoding: 'minimal', legalBases }) === expected.value;
  }), { seed: SEED, numRuns: 3000 });
  t.true(granted > 300, 'granted ' + granted + ' purposes in total');
});

const fromGrants = test.macro({
  exec(t: ExecutionContext, grants: { [vendorId: string]: number[] }, encoding: CtEncoding, expected: string) {
    t.is(ctFromGrants(grants, { encoding }), expected);
  },
  title: (provided) => 'ctFromGrants - ' + (provided ?? ''),
});

test('minimal keeps what each vendor needs', fromGrants, { '730': [1, 8, 9], '785': [1, 7, 9, 10] }, 'minimal', 'ff00810141');
test('compatible keeps every granted purpose', fromGrants, { '730': [1, 8, 9], '785': [1, 7, 9, 10] }, 'compatible', 'ff01810341');
test('purpose 11 is dropped (it would read as special feature 1)', fromGrants, { '730': [11] }, 'compatible', 'ff00000000');
test('duplicates count once', fromGrants, { '730': [8, 8] }, 'compatible', 'ff00800000');
test('a vendor without grants is 0000', fromGrants, { '785': [1, 7, 9] }, 'minimal', 'ff00000141');
test('ids without a bit are left out', fromGrants, { '730': [0, -1, 12, 1.5, 8] }, 'compatible', 'ff00800000');

test('ctFromGrants - equals encodeCt of the granted purposes 1..10, masked to each vendor\'s needs for minimal', (t) => {
  const purposes = fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 12 });
  fc.assert(fc.property(purposes, purposes, fc.constantFrom<CtEncoding>('minimal', 'compatible'), (infonline, agof, encoding) => {
    const mask = (vendorId: string, list: number[]) => {
      const needs = VENDOR_NEEDS[vendorId];
      const needed: number[] = needs === undefined ? [] : [...needs.purposes, ...needs.legIntPurposes];
      return encoding === 'compatible' ? list : list.filter((p) => needed.includes(p));
    };
    const expected = encodeCt({ cmp: 'other', vendors: { '730': mask('730', infonline), '785': mask('785', agof) }, specialFeatures: {} });
    return expected.ok && ctFromGrants({ '730': infonline, '785': agof }, { encoding }) === expected.value;
  }), { seed: SEED, numRuns: 2000 });
  t.pass();
});

test('validateCt - accepts exactly what decodeCt accepts with an allowed CMP, in lower case', (t) => {
  const hex = fc.constantFrom(...'0123456789abcdefABCDEFgz'.split(''));
  const candidate = fc.oneof(
    fc.array(hex, { minLength: 10, maxLength: 10 }).map((c) => c.join('')),
    fc.tuple(fc.constantFrom('00', '01', 'ff', 'FF', '02'), fc.constantFrom('0', '1', 'f'), fc.array(hex, { minLength: 3, maxLength: 3 }), fc.constantFrom('0', '8'), fc.array(hex, { minLength: 3, maxLength: 3 }))
      .map(([p, a, b, c, d]) => p + a + b.join('') + c + d.join('')),
    fc.string({ maxLength: 12 }),
  );
  fc.assert(fc.property(candidate, fc.subarray<CtCmp>(['none', 'tcf', 'other']), (value, cmps) => {
    const decoded = decodeCt(value);
    const mine = validateCt(value, cmps);
    return mine.ok === (decoded.ok && cmps.includes(decoded.value.cmp)) && (!mine.ok || mine.value === value.toLowerCase());
  }), { seed: SEED, numRuns: 3000 });
  t.pass();
});

test('validateCt - the exact message for the seed\'s 11-character example, and the default CMPs', (t) => {
  t.deepEqual(validateCt('01008000141', ['none', 'other']), {
    ok: false, error: { code: 'ct-invalid', message: 'ct "01008000141" is not 10 hex digits with CMP 00 or ff and bits 12-15 clear' },
  });
  t.deepEqual(validateCt('0100800141', ['none', 'other']), {
    ok: false, error: { code: 'ct-invalid', message: 'ct "0100800141" is not 10 hex digits with CMP 00 or ff and bits 12-15 clear' },
  });
  t.deepEqual(validateCt('FF00810141'), { ok: true, value: 'ff00810141' });
  t.deepEqual(validateCt(810141), { ok: false, error: { code: 'ct-invalid', message: 'ct "810141" is not 10 hex digits with CMP 00 or 01 or ff and bits 12-15 clear' } });
});

test('ctGrants - reads each purpose of each vendor field as decodeCt does', (t) => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 0xfff }), fc.integer({ min: 0, max: 0xfff }), fc.integer({ min: 0, max: 12 }), (a, b, purpose) => {
    const ct = '01' + a.toString(16).padStart(4, '0') + b.toString(16).padStart(4, '0');
    const decoded = decodeCt(ct);
    if (!decoded.ok) return false;
    return ctGrants(ct, 730, purpose) === decoded.value.vendors['730'].includes(purpose) &&
      ctGrants(ct, 785, purpose) === decoded.value.vendors['785'].includes(purpose) && !ctGrants(ct, 786, purpose);
  }), { seed: SEED, numRuns: 2000 });
  t.false(ctGrants('0110810000', 730, 1), 'an invalid ct grants nothing');
});

test('VENDOR_NEEDS - equals the declarations in force of the registry history, for every vendor of the ct layout', (t) => {
  for (const vendor of VENDORS) {
    const { purposes, legIntPurposes, flexiblePurposes, specialFeatures } = currentDeclaration(vendor);
    t.deepEqual(VENDOR_NEEDS[String(vendor.id)], { purposes, legIntPurposes, flexiblePurposes, specialFeatures }, String(vendor.id));
  }
  t.deepEqual(CT_LAYOUT.vendors.filter((id) => VENDOR_NEEDS[String(id)] === undefined), []);
  t.deepEqual(Object.keys(VENDOR_NEEDS).sort(), VENDORS.map((v) => String(v.id)).sort());
});

test('LEGITIMATE_INTEREST_PURPOSES - the purposes PURPOSES marks as allowed on legitimate interest', (t) => {
  t.deepEqual([...LEGITIMATE_INTEREST_PURPOSES], PURPOSES.filter((p) => p.legitimateInterestAllowed).map((p) => p.id));
});
