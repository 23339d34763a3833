import test from 'ava';
import fc from 'fast-check';
import { TCString } from '@iabtechlabtcf/core';
import { ctFromTcf } from '../../consent/ct-from-tcf.ts';
import { decodeCt } from '../../consent/ct-string.ts';
import { vendorDecision } from '../../consent/vendor-decision.ts';
import type { LegalBasisChoice, Vendor } from '../../consent/vendors.ts';
import { VENDORS, registryOf } from '../../consent/vendors.ts';
import type { PurposeId } from '../../consent/purposes.ts';
import { encodeWithLibrary, gvl, gvlVendorIds, modelSpec } from './iab.ts';
import { tcData } from './tcdata.ts';

const LI_FORBIDDEN = [1, 3, 4, 5, 6];
const purposeSet = fc.uniqueArray(fc.integer({ min: 1, max: 11 }), { maxLength: 11 });
const choice = fc.constantFrom<LegalBasisChoice>('declared', 'consent', 'legitimateInterest');

/** A vendor with a random declaration: purposes split between consent and LI, some flexible. */
const randomVendor = fc.tuple(purposeSet, purposeSet, purposeSet, fc.uniqueArray(fc.integer({ min: 1, max: 2 }))).map(([consent, li, flexible, features]): Vendor => {
  const legInt = li.filter((p) => !consent.includes(p));
  return {
    id: 900,
    name: 'random',
    declarations: [{
      source: 'test', date: '2026-11-23', purposes: consent as PurposeId[], legIntPurposes: legInt as PurposeId[],
      flexiblePurposes: flexible.filter((p) => consent.includes(p) || legInt.includes(p)) as PurposeId[], specialPurposes: [],
      specialFeatures: features as (1 | 2)[],
    }],
  };
});

const restrictionsArb = fc.dictionary(fc.integer({ min: 1, max: 11 }).map(String), fc.record({ '900': fc.integer({ min: 0, max: 3 }) }), { maxKeys: 4 });

test('vendorDecision - never grants a purpose the tcData does not grant to that vendor', (t) => {
  let granted = 0;
  fc.assert(fc.property(randomVendor, choice, purposeSet, purposeSet, fc.boolean(), fc.boolean(), restrictionsArb, (vendor, legalBasis, pc, pli, vc, vli, restrictions) => {
    const data = tcData({ purposeConsents: pc, purposeLegitimateInterests: pli, vendorConsents: vc ? [900] : [], vendorLegitimateInterests: vli ? [900] : [], maxVendorId: 900, restrictions });
    const result = vendorDecision({ kind: 'tcData', tcData: data }, 900, { registry: registryOf([vendor]), legalBasis });
    if (!result.ok) return false;
    const declared = [...vendor.declarations[0].purposes, ...vendor.declarations[0].legIntPurposes] as number[];
    for (const p of result.value.purposes) {
      granted++;
      const basis = result.value.legalBases[String(p)];
      const restriction = restrictions[String(p)]?.['900'];
      if (!declared.includes(p)) return false;
      if (restriction === 0 || restriction === 3) return false;
      if (basis === 'consent' && !(pc.includes(p) && vc)) return false;
      if (basis === 'legitimateInterest' && !(pli.includes(p) && vli && !LI_FORBIDDEN.includes(p))) return false;
    }
    return true;
  }), { seed: 99, numRuns: 5000 });
  t.true(granted > 1000, 'granted ' + granted + ' purposes in total');
});

/** The registry as declared in the local vendor list, so every GVL vendor can be asked about. */
const gvlRegistry = registryOf(gvlVendorIds.map((id) => {
  const v = gvl.vendors[String(id)];
  return {
    id, name: v.name,
    declarations: [{
      source: 'test/fixtures/vendor-list.json', date: '2024-03-21', purposes: v.purposes as PurposeId[], legIntPurposes: v.legIntPurposes as PurposeId[],
      flexiblePurposes: v.flexiblePurposes as PurposeId[], specialPurposes: v.specialPurposes, specialFeatures: v.specialFeatures as (1 | 2)[],
    }],
  };
}));

test('vendorDecision - on library-made TC strings, every granted purpose has the signals @iabtechlabtcf/core decodes', (t) => {
  let granted = 0;
  fc.assert(fc.property(modelSpec, fc.constantFrom(...gvlVendorIds), (spec, vendorId) => {
    const tc = encodeWithLibrary(spec);
    const model = TCString.decode(tc);
    for (const id of [vendorId, 730, 785]) {
      const result = vendorDecision({ kind: 'tcString', tcString: tc, gdprApplies: true }, id, { registry: gvlRegistry });
      if (!result.ok) return false;
      for (const p of result.value.purposes) {
        granted++;
        const restriction = model.publisherRestrictions.getRestrictionType(id, p);
        if (restriction === 0) return false;
        const byConsent = model.purposeConsents.has(p) && model.vendorConsents.has(id);
        const byLi = model.purposeLegitimateInterests.has(p) && model.vendorLegitimateInterests.has(id) && !LI_FORBIDDEN.includes(p);
        if (!(result.value.legalBases[String(p)] === 'consent' ? byConsent : byLi)) return false;
      }
    }
    return true;
  }), { seed: 2024, numRuns: 800 });
  t.true(granted > 500, 'granted ' + granted + ' purposes in total');
});

test('ctFromTcf - the minimal ct never carries more than the decision grants', (t) => {
  fc.assert(fc.property(purposeSet, purposeSet, fc.subarray([730, 785]), fc.subarray([730, 785]), fc.uniqueArray(fc.integer({ min: 1, max: 2 })), (pc, pli, vc, vli, sf) => {
    const source = { kind: 'tcData' as const, tcData: tcData({ purposeConsents: pc, purposeLegitimateInterests: pli, vendorConsents: vc, vendorLegitimateInterests: vli, specialFeatureOptins: sf }) };
    const ct = ctFromTcf(source, { encoding: 'minimal' });
    if (!ct.ok) return false;
    const decoded = decodeCt(ct.value);
    if (!decoded.ok) return false;
    for (const vendor of VENDORS) {
      const decision = vendorDecision(source, vendor.id);
      if (!decision.ok) return false;
      const field = decoded.value.vendors[String(vendor.id)];
      t.deepEqual(field, decision.value.purposes.filter((p) => p !== 11));
      t.deepEqual(decoded.value.specialFeatures[String(vendor.id)], []);
    }
    return true;
  }), { seed: 5, numRuns: 1000 });
});
