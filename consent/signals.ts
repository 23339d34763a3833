/**
 * What the decision needs to know about one vendor, whatever the source: a `tcData` object from `__tcfapi`, a
 * decoded TC string, or a TC string read lazily. Arrays are indexed by id (index 0 unused).
 */
import { MAX_PURPOSE_ID, MAX_SPECIAL_FEATURE_ID } from './purposes.ts';
import type { TcString } from './tc-string.ts';

/** Publisher restriction types (String spec, "RestrictionType"); NO_RESTRICTION when none applies. */
export const RESTRICTION_NOT_ALLOWED = 0;
export const RESTRICTION_REQUIRE_CONSENT = 1;
export const RESTRICTION_REQUIRE_LEGITIMATE_INTEREST = 2;
export const NO_RESTRICTION = -1;

export interface VendorSignals {
  vendorId: number;
  /** `true`/`false` from the CMP; `undefined` while it is still determining (CMP API spec, TCData). */
  gdprApplies: boolean | undefined;
  /**
   * `tcloaded`, `cmpuishown`, `useractioncomplete` (or whatever else a CMP sent; `missing` when `tcData` had
   * none), or undefined when the source has no events at all (a stored TC string).
   */
  eventStatus: string | undefined;
  /** `useNonStandardTexts`, or the field's pre-2.2 name `useNonStandardStacks` (CMP API spec, May 2023). */
  useNonStandardTexts: boolean;
  purposeConsents: boolean[];
  purposeLegitimateInterests: boolean[];
  specialFeatureOptins: boolean[];
  vendorConsent: boolean;
  vendorLegitimateInterest: boolean;
  /**
   * The source knows the vendor: for `tcData` a consent or LI entry (true or false) or a disclosure; for a TC
   * string a consent or LI bit set (a string cannot tell an absent vendor from a refused one).
   */
  vendorListed: boolean;
  /** Per purpose: NO_RESTRICTION or the restriction type the publisher set for this vendor. */
  restrictions: number[];
}

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

export function emptyFlags(max: number): boolean[] {
  const flags: boolean[] = [];
  for (let i = 0; i <= max; i++) flags.push(false);
  return flags;
}

export function noRestrictions(): number[] {
  return [NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION,
    NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION, NO_RESTRICTION];
}

/**
 * Two restrictions for the same vendor and purpose cannot both hold; the stricter outcome wins: conflicting
 * requirements leave no legal basis (not allowed).
 */
export function combineRestriction(current: number, next: number): number {
  if (current === NO_RESTRICTION || current === next) return next;
  return RESTRICTION_NOT_ALLOWED;
}

function flagsFrom(map: BooleanMap | undefined, max: number): boolean[] {
  const flags = emptyFlags(max);
  if (map === undefined || map === null || typeof map !== 'object') return flags;
  for (let id = 1; id <= max; id++) flags[id] = map['' + id] === true;
  return flags;
}

function isMap(value: unknown): value is BooleanMap {
  return typeof value === 'object' && value !== null;
}

export function signalsFromTcData(tcData: TcData, vendorId: number): VendorSignals {
  const key = '' + vendorId;
  const purpose = isMap(tcData.purpose) ? tcData.purpose : {};
  const vendor = isMap(tcData.vendor) ? tcData.vendor : {};
  const consents = isMap(vendor.consents) ? vendor.consents : {};
  const legitimateInterests = isMap(vendor.legitimateInterests) ? vendor.legitimateInterests : {};
  const disclosed = isMap(vendor.disclosedVendors) ? vendor.disclosedVendors : {};
  const restrictions = noRestrictions();
  const publisher = isMap(tcData.publisher) ? tcData.publisher : {};
  const byPurpose = isMap(publisher.restrictions) ? publisher.restrictions : {};
  for (let id = 1; id <= MAX_PURPOSE_ID; id++) {
    const forPurpose = byPurpose['' + id];
    if (!isMap(forPurpose)) continue;
    const type = forPurpose[key];
    if (type === 0 || type === 1 || type === 2 || type === 3) restrictions[id] = type === 3 ? RESTRICTION_NOT_ALLOWED : type;
  }
  return {
    vendorId: vendorId,
    gdprApplies: tcData.gdprApplies === true ? true : tcData.gdprApplies === false ? false : undefined,
    eventStatus: typeof tcData.eventStatus === 'string' ? tcData.eventStatus : 'missing',
    useNonStandardTexts: tcData.useNonStandardTexts === true || tcData.useNonStandardStacks === true,
    purposeConsents: flagsFrom(purpose.consents, MAX_PURPOSE_ID),
    purposeLegitimateInterests: flagsFrom(purpose.legitimateInterests, MAX_PURPOSE_ID),
    specialFeatureOptins: flagsFrom(tcData.specialFeatureOptins, MAX_SPECIAL_FEATURE_ID),
    vendorConsent: consents[key] === true,
    vendorLegitimateInterest: legitimateInterests[key] === true,
    vendorListed: typeof consents[key] === 'boolean' || typeof legitimateInterests[key] === 'boolean' || disclosed[key] === true,
    restrictions: restrictions,
  };
}

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
