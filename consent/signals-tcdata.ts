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

/** `value[key]` when `value` is an object, else undefined: a CMP may leave out or null any section. */
export function at(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as BooleanMap)[key] : undefined;
}

/** Whether an id map of `tcData` (purpose, vendor or special-feature vector) sets `id`: only `=== true` counts. */
export function tcDataFlag(map: unknown, id: number | string): boolean {
  return at(map, '' + id) === true;
}

/**
 * The publisher restriction `tcData` sets on `purpose` for the vendor: RestrictionType 0–2, NO_RESTRICTION for
 * anything else, and type 3 (undefined in the spec) as not allowed.
 */
export function tcDataRestriction(tcData: TcData, purpose: number, vendorKey: string): number {
  const type = at(at(at(tcData.publisher, 'restrictions'), '' + purpose), vendorKey);
  return type === 3 ? RESTRICTION_NOT_ALLOWED : type === 0 || type === 1 || type === 2 ? type : NO_RESTRICTION;
}

/** Flags 1..max of an id map (index 0 unused). */
function flags(map: unknown, max: number): boolean[] {
  const out = [false];
  for (let id = 1; id <= max; id++) out.push(tcDataFlag(map, id));
  return out;
}

export function signalsFromTcData(tcData: TcData, vendorId: number): VendorSignals {
  const key = '' + vendorId;
  const vendor = tcData.vendor;
  const restrictions = [NO_RESTRICTION];
  for (let id = 1; id <= MAX_PURPOSE_ID; id++) restrictions.push(tcDataRestriction(tcData, id, key));
  return {
    vendorId: vendorId,
    gdprApplies: tcData.gdprApplies === true ? true : tcData.gdprApplies === false ? false : undefined,
    eventStatus: typeof tcData.eventStatus === 'string' ? tcData.eventStatus : 'missing',
    useNonStandardTexts: tcData.useNonStandardTexts === true || tcData.useNonStandardStacks === true,
    purposeConsents: flags(at(tcData.purpose, 'consents'), MAX_PURPOSE_ID),
    purposeLegitimateInterests: flags(at(tcData.purpose, 'legitimateInterests'), MAX_PURPOSE_ID),
    specialFeatureOptins: flags(tcData.specialFeatureOptins, MAX_SPECIAL_FEATURE_ID),
    vendorConsent: tcDataFlag(at(vendor, 'consents'), key),
    vendorLegitimateInterest: tcDataFlag(at(vendor, 'legitimateInterests'), key),
    vendorListed: typeof at(at(vendor, 'consents'), key) === 'boolean' || typeof at(at(vendor, 'legitimateInterests'), key) === 'boolean' ||
      tcDataFlag(at(vendor, 'disclosedVendors'), key),
    restrictions: restrictions,
  };
}
