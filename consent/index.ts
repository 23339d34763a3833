/**
 * The consent core's public surface. Pure code: no GTM API, no Node API; compiled unchanged into the web template
 * and the server client. Every module is free of top-level side effects (or marks its table-building calls pure),
 * so a bundle keeps only what it uses; the web tag's part is also available alone as tag.ts.
 */
export { decodeTcString } from './tc-string.ts';
export type { TcString, TcErrorCode, PublisherRestriction, VendorRange } from './tc-string.ts';
export { tcStringVendorSignals } from './tc-view.ts';
export { purposesFromBits, tcStringPurposesFor, tcStringVendorDecision, tcStringVendorPurposes } from './tc-vendor-decision.ts';
export { scanVendorsBits } from './tc-vendor-bits.ts';
export type { TcVendorBits } from './tc-vendor-bits.ts';
export { checkTcString, scanTcString } from './tc-check.ts';
export type { CheckedTcString } from './tc-check.ts';
export { decide, decisionStatus, isFinalEvent, legalBasisFor } from './decision.ts';
export type { DecisionStatus, VendorDecision, LegalBasis } from './decision.ts';
export { vendorDecision, vendorSignals } from './vendor-decision.ts';
export type { DecisionSource, DecisionOptions, DecisionErrorCode } from './vendor-decision.ts';
export type { VendorSignals } from './signals.ts';
export { signalsFromTcData, tcDataFlag, tcDataRestriction } from './signals-tcdata.ts';
export type { TcData } from './signals-tcdata.ts';
export { signalsFromTcString } from './signals-tc-string.ts';
export { encodeCt, decodeCt, checkCt, ctPurposesFor, validateCt, ctGrants, ctLength } from './ct-string.ts';
export type { Ct, CtErrorCode } from './ct-string.ts';
export { ctFromTcData } from './ct-from-tcdata.ts';
export type { CtEncoding, CtOptions } from './ct-from-tcdata.ts';
export { ctFromGrants } from './ct-from-grants.ts';
export { ctFromTcf } from './ct-from-tcf.ts';
export type { CtFromTcfOptions, CtFromTcfErrorCode } from './ct-from-tcf.ts';
export { CT_DEFAULT, CT_TCF_NOTHING, CT_LAYOUT, CT_PURPOSE_WEIGHTS, CT_SPECIAL_FEATURE_WEIGHTS, CT_FIELD_LIMIT, CT_CMP_CODES } from './ct-layout.ts';
export type { CtCmp, CtLayout } from './ct-layout.ts';
export { VENDOR_NEEDS, INFONLINE_VENDOR_ID, AGOF_VENDOR_ID, neededPurposes, needsPurpose } from './vendor-needs.ts';
export type { VendorNeeds, LegalBasisChoice } from './vendor-needs.ts';
export { VENDORS, VENDOR_REGISTRY, registeredVendors, vendorRegistry, registryOf, findVendor, currentDeclaration } from './vendors.ts';
export type { Vendor, VendorDeclaration, VendorRegistry, VendorErrorCode } from './vendors.ts';
export { PURPOSES, SPECIAL_FEATURES } from './purposes.ts';
export { LEGITIMATE_INTEREST_PURPOSES, legitimateInterestAllowed, MAX_PURPOSE_ID, MAX_SPECIAL_FEATURE_ID } from './purpose-ids.ts';
export type { PurposeId, SpecialFeatureId } from './purpose-ids.ts';
export type { Result, Success, Failure } from './result.ts';
