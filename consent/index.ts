/**
 * The consent core's public surface. Pure code: no GTM API, no Node API; compiled unchanged into the web template
 * and the server client.
 */
export { decodeTcString } from './tc-string.ts';
export type { TcString, TcErrorCode, PublisherRestriction, VendorRange } from './tc-string.ts';
export { tcStringVendorSignals } from './tc-view.ts';
export { vendorDecision, vendorSignals, decide } from './decision.ts';
export type { DecisionSource, DecisionOptions, DecisionStatus, VendorDecision, LegalBasis, DecisionErrorCode } from './decision.ts';
export type { TcData, VendorSignals } from './signals.ts';
export { encodeCt, decodeCt, ctLength } from './ct-string.ts';
export type { Ct, CtErrorCode } from './ct-string.ts';
export { ctFromTcf } from './ct-from-tcf.ts';
export type { CtEncoding, CtFromTcfOptions, CtFromTcfErrorCode } from './ct-from-tcf.ts';
export { CT_DEFAULT, CT_LAYOUT, CT_BITS, CT_CMP_CODES } from './ct-layout.ts';
export type { CtCmp, CtLayout } from './ct-layout.ts';
export { VENDORS, VENDOR_REGISTRY, registryOf, INFONLINE_VENDOR_ID, AGOF_VENDOR_ID, findVendor, currentDeclaration, neededPurposes, withLegalBasis } from './vendors.ts';
export type { Vendor, VendorDeclaration, VendorRegistry, LegalBasisChoice } from './vendors.ts';
export { PURPOSES, SPECIAL_FEATURES } from './purposes.ts';
export type { Result, Success, Failure } from './result.ts';
