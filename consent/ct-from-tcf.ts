/**
 * The `ct` for a TCF CMP's signals, in one of two encodings (design.md, "Decisions already taken"):
 *  - minimal: each vendor field holds the purposes `vendorDecision` grants that vendor, which are always among
 *    the purposes it needs (seed 002 §2.5: INFOnline P8 → 0080, agof P1+P7+P9 → 0141); no special features.
 *  - compatible: what INFOnline's script iam.js v434 sends: for a vendor with consent or LI, every purpose the
 *    visitor consented to (plus, for a vendor with LI, every purpose with LI transparency) and the special feature
 *    opt-ins in bits 10-11; 0000 otherwise. Purpose 11 is left out in both (it would collide with special feature 1).
 * Both send `01` + zeros while GDPR does not apply or is unknown, or before a final event (iam.js does the same).
 */
import { CT_LAYOUT } from './ct-layout.ts';
import type { CtLayout } from './ct-layout.ts';
import { encodeCt } from './ct-string.ts';
import type { Ct, CtErrorCode } from './ct-string.ts';
import { decide, vendorSignals } from './decision.ts';
import type { DecisionSource } from './decision.ts';
import { failure, success } from './result.ts';
import type { Result } from './result.ts';
import type { VendorSignals } from './signals.ts';
import type { TcErrorCode } from './tc-sections.ts';
import { VENDOR_REGISTRY, currentDeclaration, findVendor, withLegalBasis } from './vendors.ts';
import type { LegalBasisChoice, VendorErrorCode, VendorRegistry } from './vendors.ts';

export type CtEncoding = 'minimal' | 'compatible';

export interface CtFromTcfOptions {
  encoding: CtEncoding;
  /** The publisher's legal basis per vendor id (minimal encoding); `declared` where absent. */
  legalBases?: { [vendorId: string]: LegalBasisChoice | undefined };
  registry?: VendorRegistry;
  layout?: CtLayout;
}

export type CtFromTcfErrorCode = CtErrorCode | TcErrorCode | VendorErrorCode;

export function ctFromTcf(source: DecisionSource, options: CtFromTcfOptions): Result<string, CtFromTcfErrorCode> {
  const layout = options.layout === undefined ? CT_LAYOUT : options.layout;
  const registry = options.registry === undefined ? VENDOR_REGISTRY : options.registry;
  const ct: Ct = { cmp: 'tcf', vendors: {}, specialFeatures: {} };
  for (const vendorId of layout.vendors) {
    const vendor = findVendor(vendorId, registry);
    if (vendor === undefined) return failure('vendor-unregistered', 'vendor ' + vendorId + ' of the ct layout is not in the vendor registry');
    const signals = vendorSignals(source, vendorId);
    if (!signals.ok) return signals;
    const key = '' + vendorId;
    const choice = options.legalBases === undefined ? undefined : options.legalBases[key];
    const decision = decide(signals.value, withLegalBasis(currentDeclaration(vendor), choice === undefined ? 'declared' : choice));
    if (decision.status !== 'decided' && decision.status !== 'vendor-missing') {
      return encodeCt({ cmp: 'tcf', vendors: {}, specialFeatures: {} }, layout);
    }
    if (options.encoding === 'minimal') {
      ct.vendors[key] = decision.purposes;
    } else {
      const field = compatibleField(signals.value);
      ct.vendors[key] = field.purposes;
      ct.specialFeatures[key] = field.specialFeatures;
    }
  }
  const encoded = encodeCt(ct, layout);
  if (!encoded.ok) return encoded;
  return success(encoded.value);
}

/** iam.js v434: the visitor's whole purpose set for a vendor with consent or LI, special features included. */
function compatibleField(signals: VendorSignals): { purposes: number[]; specialFeatures: number[] } {
  const purposes: number[] = [];
  const specialFeatures: number[] = [];
  if (!signals.vendorConsent && !signals.vendorLegitimateInterest) return { purposes: purposes, specialFeatures: specialFeatures };
  for (let id = 1; id <= 10; id++) {
    if (signals.purposeConsents[id] || (signals.vendorLegitimateInterest && signals.purposeLegitimateInterests[id])) purposes.push(id);
  }
  for (let id = 1; id < signals.specialFeatureOptins.length; id++) {
    if (signals.specialFeatureOptins[id]) specialFeatures.push(id);
  }
  return { purposes: purposes, specialFeatures: specialFeatures };
}
