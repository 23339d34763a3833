/**
 * The `ct` for a TCF CMP's signals, in one of two encodings (design.md, "Decisions already taken"):
 *  - minimal: each vendor field holds the purposes the rules grant that vendor (decision.ts, `legalBasisFor`),
 *    always among the purposes it needs (seed 002 §2.5: INFOnline P8 → 0080, agof P1+P7+P9 → 0141); no special
 *    features.
 *  - compatible: what INFOnline's script iam.js v434 sends: for a vendor with consent or LI, every purpose the
 *    visitor consented to (plus, for a vendor with LI, every purpose with LI transparency) and the special feature
 *    opt-ins in bits 10-11; 0000 otherwise. Purpose 11 is left out in both (it would collide with special feature 1).
 * Both send `01` + zeros while GDPR does not apply or is unknown, or before a final event (iam.js does the same).
 * This file is the web tag's path: it reads `tcData` directly (signals-tcdata.ts's readers), with the vendors'
 * needs in force (vendor-needs.ts) and no TC-string decoder; ct-from-tcf.ts brings the other sources to it.
 */
import { ctOfFields, weightOf } from './ct-fields.ts';
import { CT_CMP_CODES, CT_PURPOSE_WEIGHTS, CT_SPECIAL_FEATURE_WEIGHTS } from './ct-layout.ts';
import { isFinalEvent, legalBasisFor } from './decision.ts';
import { at, tcDataFlag, tcDataRestriction } from './signals-tcdata.ts';
import type { TcData } from './signals-tcdata.ts';
import { VENDOR_NEEDS } from './vendor-needs.ts';
import type { LegalBasisChoice, VendorNeeds } from './vendor-needs.ts';

export type CtEncoding = 'minimal' | 'compatible';

export interface CtOptions {
  encoding: CtEncoding;
  /** The publisher's legal basis per vendor id (minimal encoding); `declared` where absent. */
  legalBases?: { [vendorId: string]: LegalBasisChoice | undefined };
  /** What each vendor needs; VENDOR_NEEDS by default (a vendor without an entry is granted nothing). */
  needs?: { readonly [vendorId: string]: VendorNeeds | undefined };
}

export function ctFromTcData(tcData: TcData, options: CtOptions): string {
  const final = tcData.gdprApplies === true && isFinalEvent(tcData.eventStatus);
  const compatible = options.encoding === 'compatible';
  const flag = (section: unknown, map: string, id: number | string) => tcDataFlag(at(section, map), id);
  return ctOfFields(CT_CMP_CODES.tcf, (key) => {
    const needs = (options.needs || VENDOR_NEEDS)[key];
    const consent = flag(tcData.vendor, 'consents', key);
    const li = flag(tcData.vendor, 'legitimateInterests', key);
    const choice = (options.legalBases || {})[key] || 'declared';
    return weightOf(CT_PURPOSE_WEIGHTS, (id) => {
      const byConsent = flag(tcData.purpose, 'consents', id);
      const byLi = li && flag(tcData.purpose, 'legitimateInterests', id);
      const basis = needs && legalBasisFor(id, needs, choice, tcDataRestriction(tcData, id, key));
      return final && (compatible ? (consent || li) && (byConsent || byLi) : basis === 'consent' ? consent && byConsent : basis === 'legitimateInterest' && byLi);
    }) + weightOf(CT_SPECIAL_FEATURE_WEIGHTS, (id) => final && compatible && (consent || li) && tcDataFlag(tcData.specialFeatureOptins, id));
  });
}
