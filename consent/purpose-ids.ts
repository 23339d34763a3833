/**
 * TCF 2.2 purpose and special-feature ids, and the one rule the runtime needs about them: which purposes may rest
 * on legitimate interest. The names are in purposes.ts, for documentation and the CLI, outside the templates'
 * runtime path.
 */

export type PurposeId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;
export type SpecialFeatureId = 1 | 2;

/** Highest purpose id of TCF 2.2. */
export const MAX_PURPOSE_ID = 11;
/** Highest special feature id of TCF 2.2. */
export const MAX_SPECIAL_FEATURE_ID = 2;

/**
 * The purposes that may rest on legitimate interest: TCF 2.2 (May 2023) removed it for purposes 3–6 and purpose 1
 * never allowed it (Consent string spec, "PurposesLITransparency": bits for P1 and P3–P6 must be 0; Policies
 * v2.2, Appendix A).
 */
export const LEGITIMATE_INTEREST_PURPOSES: readonly number[] = [2, 7, 8, 9, 10, 11];

export function legitimateInterestAllowed(id: number): boolean {
  return LEGITIMATE_INTEREST_PURPOSES.indexOf(id) !== -1;
}
