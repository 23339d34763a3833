/**
 * The `ct` for a TCF CMP's signals, in one of two encodings (design.md, "Decisions already taken"):
 *  - minimal: each vendor field holds the purposes `decide` grants that vendor, which are always among the
 *    purposes it needs (seed 002 §2.5: INFOnline P8 → 0080, agof P1+P7+P9 → 0141); no special features.
 *  - compatible: what INFOnline's script iam.js v434 sends: for a vendor with consent or LI, every purpose the
 *    visitor consented to (plus, for a vendor with LI, every purpose with LI transparency) and the special feature
 *    opt-ins in bits 10-11; 0000 otherwise. Purpose 11 is left out in both (it would collide with special feature 1).
 * Both send `01` + zeros while GDPR does not apply or is unknown, or before a final event (iam.js does the same).
 * This file is the web tag's path: `tcData` only, the vendors' needs in force (vendor-needs.ts), no TC-string
 * decoder; ct-from-tcf.ts adds the other sources and a registry of one's own.
 */
import { CT_CMP_CODES, CT_LAYOUT, CT_PURPOSE_BITS, CT_SPECIAL_FEATURE_BITS, CT_TCF_NOTHING } from './ct-layout.ts';
import { decisionStatus, grantedBasis } from './decision.ts';
import { POWERS_OF_TWO, toHex } from './hex.ts';
import type { VendorSignals } from './signals.ts';
import { signalsFromTcData } from './signals-tcdata.ts';
import type { TcData } from './signals-tcdata.ts';
import { VENDOR_NEEDS, withLegalBasis } from './vendor-needs.ts';
import type { LegalBasisChoice, VendorNeeds } from './vendor-needs.ts';

export type CtEncoding = 'minimal' | 'compatible';

export interface CtOptions {
  encoding: CtEncoding;
  /** The publisher's legal basis per vendor id (minimal encoding); `declared` where absent. */
  legalBases?: { [vendorId: string]: LegalBasisChoice | undefined };
}

/** The `ct` for a `tcData` object from `__tcfapi`, for the vendors of CT_LAYOUT with their needs in force. */
export function ctFromTcData(tcData: TcData, options: CtOptions): string {
  let ct = CT_CMP_CODES.tcf;
  for (const vendorId of CT_LAYOUT.vendors) {
    const field = ctField(signalsFromTcData(tcData, vendorId), VENDOR_NEEDS['' + vendorId], options);
    if (field < 0) return CT_TCF_NOTHING;
    ct = ct + toHex(field, CT_LAYOUT.fieldLength);
  }
  return ct;
}

/**
 * One vendor's field of a TCF `ct`, as a number, under the chosen encoding and legal basis; -1 when the signals
 * are not final or GDPR does not apply (or is unknown): the whole `ct` is then `01` + zeros. A vendor without
 * needs (none is in CT_LAYOUT) is granted nothing.
 */
export function ctField(signals: VendorSignals, needs: VendorNeeds | undefined, options: CtOptions): number {
  const status = decisionStatus(signals);
  if (status !== 'decided' && status !== 'vendor-missing') return -1;
  const choice = options.legalBases === undefined ? undefined : options.legalBases['' + signals.vendorId];
  const used = needs === undefined ? undefined : withLegalBasis(needs, choice === undefined ? 'declared' : choice);
  const any = signals.vendorConsent || signals.vendorLegitimateInterest;
  const compatible = options.encoding === 'compatible';
  let field = 0;
  for (let id = 1; id < CT_PURPOSE_BITS.length; id++) {
    // iam.js v434: the visitor's whole purpose set for a vendor with consent or LI.
    const granted = compatible ? any && (signals.purposeConsents[id] || (signals.vendorLegitimateInterest && signals.purposeLegitimateInterests[id])) :
      used !== undefined && status === 'decided' && grantedBasis(signals, used, id) !== undefined;
    if (granted && CT_PURPOSE_BITS[id] >= 0) field = field + POWERS_OF_TWO[CT_PURPOSE_BITS[id]];
  }
  for (let id = 1; id < CT_SPECIAL_FEATURE_BITS.length; id++) {
    if (compatible && any && signals.specialFeatureOptins[id]) field = field + POWERS_OF_TWO[CT_SPECIAL_FEATURE_BITS[id]];
  }
  return field;
}
