/**
 * The web template's own `ct` code (template/ct.ts, kept small for the 8 KB code budget) against the consent
 * core, the reference: `ctFromTcf` for `tcData` objects, `decodeCt` for validation, `encodeCt` for Consent Mode
 * grants. Seeded random inputs (fast-check), plus the cases the spec names.
 */
import test from 'ava';
import fc from 'fast-check';
import { ctFromTcf, decodeCt, encodeCt, VENDOR_REGISTRY, currentDeclaration, findVendor, neededPurposes } from '../../consent/index.ts';
import type { TcData } from '../../consent/index.ts';
import { CT_DEFAULT, CT_TCF_NOTHING, ctFromGrants, ctFromTcData, grants, parseCt, type CtEncoding, type LegalBasis } from '../../template/ct.ts';

const SEED = 20260101;
const RUNS = 3000;

const idMap = (ids: number[]) => fc.dictionary(fc.constantFrom(...ids.map(String)), fc.oneof(fc.boolean(), fc.constant(1 as unknown as boolean)));
const vendorIds = [729, 730, 785, 786];

const tcDataArbitrary: fc.Arbitrary<TcData> = fc.record({
  gdprApplies: fc.constantFrom(true, true, true, false, undefined),
  eventStatus: fc.constantFrom('tcloaded', 'useractioncomplete'),
  purpose: fc.record({ consents: idMap([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), legitimateInterests: idMap([2, 7, 8, 9, 10]) }),
  vendor: fc.record({ consents: idMap(vendorIds), legitimateInterests: idMap(vendorIds) }),
  specialFeatureOptins: idMap([1, 2]),
  publisher: fc.record({
    restrictions: fc.dictionary(
      fc.constantFrom('1', '7', '8', '9'),
      fc.dictionary(fc.constantFrom('730', '785'), fc.constantFrom(0, 1, 2, 3, 7 as number)),
    ),
  }),
}, { requiredKeys: ['gdprApplies', 'eventStatus'] });

const encoding = fc.constantFrom<CtEncoding>('minimal', 'compatible');
const basis = fc.constantFrom<LegalBasis>('consent', 'legitimateInterest');

test('ctFromTcData - equals the consent core\'s ctFromTcf on random final tcData (both encodings, both legal bases)', (t) => {
  t.notThrows(() => fc.assert(
    fc.property(tcDataArbitrary, encoding, basis, (tcData, enc, legal) => {
      const core = ctFromTcf({ kind: 'tcData', tcData }, { encoding: enc, legalBases: { '730': legal } });
      if (!core.ok) return false;
      return ctFromTcData(tcData, enc, legal) === core.value;
    }),
    { seed: SEED, numRuns: RUNS },
  ));
});

const tcCases: [string, TcData, CtEncoding, LegalBasis, string][] = [
  ['accept all, minimal', { gdprApplies: true, eventStatus: 'tcloaded', purpose: { consents: { 1: true, 7: true, 8: true, 9: true } }, vendor: { consents: { 730: true, 785: true } } }, 'minimal', 'consent', '0100810141'],
  ['accept all, compatible', { gdprApplies: true, eventStatus: 'tcloaded', purpose: { consents: { 1: true, 7: true, 8: true, 9: true } }, vendor: { consents: { 730: true, 785: true } } }, 'compatible', 'consent', '0101c101c1'],
  ['GDPR does not apply', { gdprApplies: false, eventStatus: 'tcloaded' }, 'minimal', 'consent', CT_TCF_NOTHING],
  ['LI for purpose 8', { gdprApplies: true, eventStatus: 'tcloaded', purpose: { legitimateInterests: { 8: true } }, vendor: { legitimateInterests: { 730: true } } }, 'minimal', 'legitimateInterest', '0100800000'],
];

for (const [name, tcData, enc, legal, expected] of tcCases) {
  test(`ctFromTcData - ${name}`, (t) => {
    t.is(ctFromTcData(tcData, enc, legal), expected);
  });
}

test('parseCt - accepts exactly what decodeCt accepts, for the allowed CMP prefixes', (t) => {
  const hex = fc.constantFrom(...'0123456789abcdefABCDEFgz'.split(''));
  const candidate = fc.oneof(
    fc.array(hex, { minLength: 10, maxLength: 10 }).map((c) => c.join('')),
    fc.tuple(fc.constantFrom('00', '01', 'ff', 'FF', '02'), fc.constantFrom('0', '1', 'f'), fc.array(hex, { minLength: 3, maxLength: 3 }), fc.constantFrom('0', '8'), fc.array(hex, { minLength: 3, maxLength: 3 }))
      .map(([p, a, b, c, d]) => p + a + b.join('') + c + d.join('')),
    fc.string({ maxLength: 12 }),
  );
  t.notThrows(() => fc.assert(
    fc.property(candidate, (value) => {
      const core = decodeCt(value);
      const expected = core.ok && core.value.cmp !== 'tcf';
      const mine = parseCt(value, ['00', 'ff']);
      return mine.ok === expected && (!mine.ok || mine.value === value.toLowerCase());
    }),
    { seed: SEED, numRuns: RUNS },
  ));
});

test('parseCt - the exact message for the spec\'s 11-character example', (t) => {
  t.deepEqual(parseCt('01008000141', ['00', 'ff']), {
    ok: false,
    error: { code: 'ct-invalid', message: 'ct "01008000141" is not 10 hex digits starting with 00 or ff and a 0 in each vendor field' },
  });
  t.deepEqual(parseCt(CT_DEFAULT, ['00']), { ok: true, value: '0000000000' });
});

test('ctFromGrants - equals encodeCt of the granted purposes (compatible) or those each vendor needs (minimal)', (t) => {
  const purposes = fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { maxLength: 10 });
  t.notThrows(() => fc.assert(
    fc.property(purposes, purposes, encoding, (infonline, agof, enc) => {
      const mask = (vendor: number, list: number[]) => {
        const vendorEntry = findVendor(vendor, VENDOR_REGISTRY);
        const needed: number[] = vendorEntry === undefined ? [] : neededPurposes(currentDeclaration(vendorEntry));
        return enc === 'compatible' ? list : list.filter((p) => needed.includes(p));
      };
      const core = encodeCt({ cmp: 'other', vendors: { '730': mask(730, infonline), '785': mask(785, agof) }, specialFeatures: {} });
      return core.ok && ctFromGrants({ '730': infonline, '785': agof }, enc) === core.value;
    }),
    { seed: SEED, numRuns: RUNS },
  ));
});

test('grants - reads each purpose bit of each vendor field as decodeCt does', (t) => {
  t.notThrows(() => fc.assert(
    fc.property(fc.integer({ min: 0, max: 0x3ff }), fc.integer({ min: 0, max: 0x3ff }), (a, b) => {
      const ct = '01' + a.toString(16).padStart(4, '0') + b.toString(16).padStart(4, '0');
      const decoded = decodeCt(ct);
      if (!decoded.ok) return false;
      for (let p = 1; p <= 10; p++) {
        if (grants(ct, 730, p) !== (decoded.value.vendors['730'] ?? []).includes(p)) return false;
        if (grants(ct, 785, p) !== (decoded.value.vendors['785'] ?? []).includes(p)) return false;
      }
      return true;
    }),
    { seed: SEED, numRuns: RUNS },
  ));
});
