/**
 * What the decision needs to know about one vendor, whatever the source: a `tcData` object from `__tcfapi`
 * (signals-tcdata.ts), a decoded TC string (signals-tc-string.ts) or a TC string read lazily (tc-view.ts).
 * Arrays are indexed by id (index 0 unused).
 */

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

