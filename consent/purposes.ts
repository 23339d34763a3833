/**
 * TCF 2.2 purposes and special features (names from the v3 Global Vendor List; research/tcf-infonline.md §1.7),
 * and the rule on which purposes may rest on legitimate interest.
 */

export type PurposeId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;
export type SpecialFeatureId = 1 | 2;

export interface Purpose {
  id: PurposeId;
  name: string;
  /**
   * TCF 2.2 (May 2023) removed legitimate interest for purposes 3–6; purpose 1 never allowed it
   * (Consent string spec, "PurposesLITransparency": bits for P1 and P3–P6 must be 0; Policies v2.2, Appendix A).
   */
  legitimateInterestAllowed: boolean;
}

export const PURPOSES: readonly Purpose[] = [
  { id: 1, name: 'Store and/or access information on a device', legitimateInterestAllowed: false },
  { id: 2, name: 'Use limited data to select advertising', legitimateInterestAllowed: true },
  { id: 3, name: 'Create profiles for personalised advertising', legitimateInterestAllowed: false },
  { id: 4, name: 'Use profiles to select personalised advertising', legitimateInterestAllowed: false },
  { id: 5, name: 'Create profiles to personalise content', legitimateInterestAllowed: false },
  { id: 6, name: 'Use profiles to select personalised content', legitimateInterestAllowed: false },
  { id: 7, name: 'Measure advertising performance', legitimateInterestAllowed: true },
  { id: 8, name: 'Measure content performance', legitimateInterestAllowed: true },
  { id: 9, name: 'Understand audiences through statistics or combinations of data from different sources', legitimateInterestAllowed: true },
  { id: 10, name: 'Develop and improve services', legitimateInterestAllowed: true },
  { id: 11, name: 'Use limited data to select content', legitimateInterestAllowed: true },
];

export interface SpecialFeature {
  id: SpecialFeatureId;
  name: string;
}

export const SPECIAL_FEATURES: readonly SpecialFeature[] = [
  { id: 1, name: 'Use precise geolocation data' },
  { id: 2, name: 'Actively scan device characteristics for identification' },
];

/** Highest purpose id of TCF 2.2. */
export const MAX_PURPOSE_ID = 11;
/** Highest special feature id of TCF 2.2. */
export const MAX_SPECIAL_FEATURE_ID = 2;

/** Legitimate interest may be used for purpose `id` under TCF 2.2 (see `Purpose.legitimateInterestAllowed`). */
export function legitimateInterestAllowed(id: number): boolean {
  for (const purpose of PURPOSES) {
    if (purpose.id === id) return purpose.legitimateInterestAllowed;
  }
  return false;
}
