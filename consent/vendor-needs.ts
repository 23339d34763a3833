/**
 * What each vendor of the ct layout needs today, on which legal basis: the declarations in force of the vendor
 * registry's history (vendors.ts, with sources and dates), as the small table the templates compile in.
 * test/consent/vendor-needs.test.ts keeps this table equal to the history's last declarations.
 */
import type { PurposeId, SpecialFeatureId } from './purpose-ids.ts';

export interface VendorNeeds {
  /** Purposes declared on the consent basis. */
  purposes: readonly PurposeId[];
  /** Purposes declared on the legitimate-interest basis. */
  legIntPurposes: readonly PurposeId[];
  /** Purposes whose basis a publisher restriction may switch (each also listed in `purposes` or `legIntPurposes`). */
  flexiblePurposes: readonly PurposeId[];
  specialFeatures: readonly SpecialFeatureId[];
}

/** GVL vendor ids of the ct layout's vendors (ct-layout.ts). */
export const INFONLINE_VENDOR_ID = 730;
export const AGOF_VENDOR_ID = 785;

/** By vendor id (decimal string). 730: GVL v3 #45 (2024-03-21); 785: GVL v2 #224, deleted 2023, seed §2.5. */
export const VENDOR_NEEDS: { readonly [vendorId: string]: VendorNeeds | undefined } = {
  '730': { purposes: [1, 8], legIntPurposes: [], flexiblePurposes: [], specialFeatures: [2] },
  '785': { purposes: [1, 7, 9], legIntPurposes: [], flexiblePurposes: [], specialFeatures: [] },
};

/** Whether the vendor needs `purpose`: its declaration names it, on either basis. */
export function needsPurpose(needs: VendorNeeds, purpose: number): boolean {
  return (needs.purposes as readonly number[]).indexOf(purpose) !== -1 || (needs.legIntPurposes as readonly number[]).indexOf(purpose) !== -1;
}

/** Purposes the vendor needs: every purpose its declaration names, on any basis, ascending. */
export function neededPurposes(needs: VendorNeeds): PurposeId[] {
  const needed: PurposeId[] = [];
  for (let id = 1; id <= 11; id++) {
    if (needsPurpose(needs, id)) needed.push(id as PurposeId);
  }
  return needed;
}

/**
 * The legal basis a publisher chooses for a vendor in the web template: `declared` keeps the GVL declaration;
 * `consent` moves every purpose to consent; `legitimateInterest` moves every purpose that TCF 2.2 lets rest on
 * legitimate interest to it (purposes 1 and 3–6 stay on consent). The seed (§5.1) describes exactly this choice
 * for 730: legitimate interest for purpose 8, or consent. Applied by decision.ts, `legalBasisFor`.
 */
export type LegalBasisChoice = 'declared' | 'consent' | 'legitimateInterest';
