/**
 * A vendor's signals from a `tcData` object as `__tcfapi` delivers it (IAB CMP API v2.2, "TCData"). The web tag's
 * path: nothing here reaches the TC-string decoder.
 */
import { MAX_PURPOSE_ID, MAX_SPECIAL_FEATURE_ID } from './purpose-ids.ts';
import { NO_RESTRICTION, RESTRICTION_NOT_ALLOWED } from './signals.ts';
import type { VendorSignals } from './signals.ts';

type BooleanMap = { [id: string]: unknown };

/**
 * A `tcData` object as `__tcfapi` delivers it, typed loosely: CMPs differ (vectors that list every id with
 * `false`, the old `useNonStandardStacks`, missing sections when GDPR does not apply). Only `=== true` counts.
 */
export interface TcData {
  tcString?: unknown;
  gdprApplies?: unknown;
  eventStatus?: unknown;
  cmpStatus?: unknown;
  tcfPolicyVersion?: unknown;
  useNonStandardTexts?: unknown;
  useNonStandardStacks?: unknown;
  purposeOneTreatment?: unknown;
  purpose?: { consents?: BooleanMap; legitimateInterests?: BooleanMap };
  vendor?: { consents?: BooleanMap; legitimateInterests?: BooleanMap; disclosedVendors?: BooleanMap };
  specialFeatureOptins?: BooleanMap;
  publisher?: {
    consents?: BooleanMap;
    legitimateInterests?: BooleanMap;
    restrictions?: { [purposeId: string]: { [vendorId: string]: unknown } | undefined };
  };
}

/** The value itself when it is an object, else an empty one: a CMP may leave out or null any section. */
function map(value: unknown): BooleanMap {
  return typeof value === 'object' && value !== null ? (value as BooleanMap) : {};
}

/** Flags 1..max of an id map (index 0 unused). */
function flags(value: unknown, max: number): boolean[] {
  const ids = map(value);
  const out = [false];
  for (let id = 1; id <= max; id++) out.push(ids['' + id] === true);
  return out;
}

export function signalsFromTcData(tcData: TcData, vendorId: number): VendorSignals {
  const key = '' + vendorId;
  const purpose = map(tcData.purpose);
  const vendor = map(tcData.vendor);
  const consents = map(vendor.consents);
  const legitimateInterests = map(vendor.legitimateInterests);
  const byPurpose = map(map(tcData.publisher).restrictions);
  const restrictions = [NO_RESTRICTION];
  for (let id = 1; id <= MAX_PURPOSE_ID; id++) {
    // RestrictionType 3 is undefined in the spec: treated as not allowed; anything else is no restriction.
    const type = map(byPurpose['' + id])[key];
    restrictions.push(type === 3 ? RESTRICTION_NOT_ALLOWED : type === 0 || type === 1 || type === 2 ? type : NO_RESTRICTION);
  }
  return {
    vendorId: vendorId,
    gdprApplies: tcData.gdprApplies === true ? true : tcData.gdprApplies === false ? false : undefined,
    eventStatus: typeof tcData.eventStatus === 'string' ? tcData.eventStatus : 'missing',
    useNonStandardTexts: tcData.useNonStandardTexts === true || tcData.useNonStandardStacks === true,
    purposeConsents: flags(purpose.consents, MAX_PURPOSE_ID),
    purposeLegitimateInterests: flags(purpose.legitimateInterests, MAX_PURPOSE_ID),
    specialFeatureOptins: flags(tcData.specialFeatureOptins, MAX_SPECIAL_FEATURE_ID),
    vendorConsent: consents[key] === true,
    vendorLegitimateInterest: legitimateInterests[key] === true,
    vendorListed: typeof consents[key] === 'boolean' || typeof legitimateInterests[key] === 'boolean' || map(vendor.disclosedVendors)[key] === true,
    restrictions: restrictions,
  };
}
