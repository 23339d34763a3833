/**
 * A vendor's signals from a fully decoded TC string (tc-string.ts). tc-view.ts answers the same question by
 * reading only the bits it needs; test/consent/tc-view.test.ts keeps the two equal.
 */
import { MAX_PURPOSE_ID, MAX_SPECIAL_FEATURE_ID } from './purpose-ids.ts';
import { RESTRICTION_NOT_ALLOWED, combineRestriction, emptyFlags, noRestrictions } from './signals.ts';
import type { VendorSignals } from './signals.ts';
import type { TcString } from './tc-string.ts';

function flagsFromIds(ids: number[], max: number): boolean[] {
  const flags = emptyFlags(max);
  for (const id of ids) {
    if (id <= max) flags[id] = true;
  }
  return flags;
}

/** Binary search in an ascending id list. */
export function hasId(ids: number[], id: number): boolean {
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const middle = low + (high - low - ((high - low) % 2)) / 2;
    const value = ids[middle];
    if (value === id) return true;
    if (value < id) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/**
 * From a decoded TC string. A TC string says nothing about `gdprApplies` (that travels beside it, e.g. the `gdpr`
 * URL parameter) so the caller passes it; it has no event, so `eventStatus` is undefined.
 */
export function signalsFromTcString(tc: TcString, vendorId: number, gdprApplies: boolean | undefined): VendorSignals {
  const restrictions = noRestrictions();
  for (const restriction of tc.publisherRestrictions) {
    if (restriction.purposeId > MAX_PURPOSE_ID) continue;
    for (const range of restriction.vendors) {
      if (vendorId >= range.start && vendorId <= range.end) {
        const type = restriction.restrictionType === 3 ? RESTRICTION_NOT_ALLOWED : restriction.restrictionType;
        restrictions[restriction.purposeId] = combineRestriction(restrictions[restriction.purposeId], type);
      }
    }
  }
  const consent = hasId(tc.vendorConsents, vendorId);
  const legitimateInterest = hasId(tc.vendorLegitimateInterests, vendorId);
  return {
    vendorId: vendorId,
    gdprApplies: gdprApplies,
    eventStatus: undefined,
    useNonStandardTexts: tc.useNonStandardTexts,
    purposeConsents: flagsFromIds(tc.purposeConsents, MAX_PURPOSE_ID),
    purposeLegitimateInterests: flagsFromIds(tc.purposeLegitimateInterests, MAX_PURPOSE_ID),
    specialFeatureOptins: flagsFromIds(tc.specialFeatureOptins, MAX_SPECIAL_FEATURE_ID),
    vendorConsent: consent,
    vendorLegitimateInterest: legitimateInterest,
    vendorListed: consent || legitimateInterest,
    restrictions: restrictions,
  };
}
