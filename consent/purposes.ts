/**
 * TCF 2.2 purposes and special features with their names (from the v3 Global Vendor List; research/
 * tcf-infonline.md §1.7), for documentation, the CLI and the server client's checks. The runtime rules use
 * purpose-ids.ts, which has no names; test/consent/vendor-needs.test.ts keeps the two in agreement.
 */
import type { PurposeId, SpecialFeatureId } from './purpose-ids.ts';

export type { PurposeId, SpecialFeatureId } from './purpose-ids.ts';
export { MAX_PURPOSE_ID, MAX_SPECIAL_FEATURE_ID, legitimateInterestAllowed } from './purpose-ids.ts';

export interface Purpose {
  id: PurposeId;
  name: string;
  /** Whether legitimate interest may be its basis under TCF 2.2 (purpose-ids.ts, LEGITIMATE_INTEREST_PURPOSES). */
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
